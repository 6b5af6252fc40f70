#!/usr/bin/env python3
"""Writes the EROS-1 star 135_9613 (R and B, ../eros1-lmc) in the column layout of an AAVSO
download, comma and tab delimited. Not an AAVSO download: see README.md. Run from this folder."""
from decimal import Decimal

STAR = "135_9613"
OFFSET = Decimal("2448000")  # arbitrary: EROS-1 times have no stated origin; this only makes them look like JDs
HEADER = ["JD", "Magnitude", "Uncertainty", "HQuncertainty", "Band", "Observer Code", "Comment Code(s)",
          "Comp Star 1", "Comp Star 2", "Charts", "Comments", "Transfomed", "Airmass", "Validation Flag",
          "Cmag", "Kmag", "HJD", "Star Name", "Observer Affiliation", "Measurement Method",
          "Grouping Method", "ADS Reference", "Digitizer", "Credit"]
UNCERTAIN = {("R", 10), ("B", 20)}  # (band, row index): ':' appended to the magnitude, value unchanged


def row(jd, mag, err, band, observer, flag, comment=""):
    return [jd, mag, err, "", band, observer, "", "", "", "", comment, "0", "", flag, "", "", "", STAR,
            "", "STD", "", "", "", ""]


rows = []
for band in ("R", "B"):
    with open(f"../eros1-lmc/{band}/{STAR}.dat") as f:
        for i, line in enumerate(f):
            t, m, e = line.split()
            mag = m + ":" if (band, i) in UNCERTAIN else m
            rows.append((Decimal(t), row(str(Decimal(t) + OFFSET), mag, e, band, "EROS", "Z")))
rows.sort(key=lambda r: r[0])
real = [r for _, r in rows]
# synthetic rows (see README): fainter-than observations and discrepant ones
synthetic = [
    row("2448300.11000", "<20.5", "", "R", "SYNA", "Z", "synthetic upper limit"),
    row("2448305.12000", "<20.8", "", "R", "SYNA", "U", "synthetic upper limit"),
    row("2448310.13000", "<21.0", "", "R", "SYNB", "", "synthetic upper limit, with a comma"),
    row("2448320.14000", "<21.2", "", "B", "SYNB", "V", "synthetic upper limit"),
    row("2448330.15000", "<21.4", "", "B", "SYNA", "Z", "synthetic upper limit"),
    row("2448340.16000", "15.20", "0.05", "R", "SYNC", "T", "synthetic discrepant"),
    row("2448350.17000", "15.40", "0.05", "B", "SYNC", "D", "synthetic discrepant"),
    row("2448360.18000", "<16.0", "", "B", "SYNC", "T", "synthetic discrepant upper limit"),
]


def write(name, sep, quote):
    q = (lambda s: '"' + s + '"') if quote else (lambda s: s)
    with open(name, "w", newline="\n") as f:
        f.write(sep.join(q(h) for h in HEADER) + "\n")
        for r in real + synthetic:
            f.write(sep.join(q(c) for c in r) + "\n")


write("aavso-eros-135_9613.csv", ",", True)
write("aavso-eros-135_9613.tsv", "\t", False)
print(len(real), "real rows, lines 2 -", len(real) + 1, "; synthetic lines", len(real) + 2, "-", len(real) + len(synthetic) + 1)
