#!/usr/bin/env python3
"""Writes real photometry of this repository in table layouts the loader must be told about or
must split by band. Not downloads: see README.md. Run from this folder."""

# 1. The CRTS star 1001006006382 (EW, ../crts/lc/1001006006382-EW.csv) with column names no
#    reader can guess, semicolon delimited, after a comment line: the column-mapping dialog's
#    and --columns' test table. Values unchanged (MJD, mag, magerr).
with open("../crts/lc/1001006006382-EW.csv") as f:
    lines = f.read().splitlines()[1:]
with open("unmapped-crts-1001006006382.csv", "w") as out:
    out.write("# CRTS 1001006006382 (converted, see README.md)\n")
    out.write("obs_epoch;brightness;unc\n")
    for line in lines:
        _, mjd, mag, err, _, _ = line.split(",")
        out.write(f"{mjd};{mag};{err}\n")

# 2. The EROS-1 star 135_9613 in R and B (../eros1-lmc) as one table with a magnitude column per
#    band, one row per observation (EROS took B and R some minutes apart), the other band's cells
#    empty; rows sorted by time. Values unchanged; the time is EROS-1's own (no stated origin).
rows = []
for band in ("B", "R"):
    with open(f"../eros1-lmc/{band}/135_9613.dat") as f:
        for line in f:
            t, m, e = line.split()
            rows.append((float(t), t, band, m, e))
rows.sort()
with open("multiband-eros-135_9613.csv", "w") as out:
    out.write("star,time,Bmag,e_Bmag,Rmag,e_Rmag\n")
    for _, t, band, m, e in rows:
        b = (m, e) if band == "B" else ("", "")
        r = (m, e) if band == "R" else ("", "")
        out.write(f"135_9613,{t},{b[0]},{b[1]},{r[0]},{r[1]}\n")
