#!/usr/bin/env python3
"""Rebuilds this folder: small real subsets of ../shared/data for the unit tests.

Usage: python3 make_subset.py /path/to/shared/data   (run from this folder)

Selection is mechanical, so nothing is picked for how well it classifies:
- crts: per class, the first N files in labels.csv order (= sorted by file name), N = 80 for
  RRab, 30 for the other six paper classes, 6 for each other class (all 3 LADS); plus BAD_TIMES,
  the only 4 files of the whole set with a bad time stamp (a row at MJD -2409998.5, a span of
  2.47 million days), for the outlier tests of issue #12. They sort after the first N of their
  classes, so a per-class cap of N still picks the same stars.
- ogle-lmc-cep: the first 400 stars by id, with their ident.dat and cepFO4.dat rows.
- eros1-lmc: per class, the first N stars in labels.csv order (all 439 ECL, RRL 60, CEP 30,
  LPV 30), both bands.
Files are copied byte for byte; the side tables keep their original rows and order.
"""
import shutil
import sys
from pathlib import Path

src = Path(sys.argv[1])
out = Path(__file__).resolve().parent

PAPER = {"RRab": 80, "EW": 30, "EA": 30, "RRc": 30, "RRd": 30, "RS_CVn": 30, "LPV": 30}
OTHER = 6
# every CRTS file holding an MJD -2409998.5 row (grep -l ',-2409998' lc/*.csv), kept for the outlier tests
BAD_TIMES = ["lc/1007125041907-HADS.csv", "lc/1009027036189-EW.csv", "lc/1009027044598-RRab.csv",
             "lc/1009027061445-EW.csv"]


def crts():
    d = out / "crts"
    shutil.rmtree(d, ignore_errors=True)
    (d / "lc").mkdir(parents=True)
    lines = (src / "crts/labels.csv").read_text().splitlines()
    kept, seen = [lines[0]], {}
    for row in lines[1:]:
        f, cls = row.split(",")
        if seen.get(cls, 0) < PAPER.get(cls, OTHER) or f in BAD_TIMES:
            seen[cls] = seen.get(cls, 0) + 1
            kept.append(row)
            shutil.copyfile(src / "crts" / f, d / f)
    (d / "labels.csv").write_text("\n".join(kept) + "\n")
    shutil.copyfile(src / "crts/LICENSE-kvmu-lightcurve-classification", d / "LICENSE-kvmu-lightcurve-classification")
    print("crts", seen)


def ogle():
    d = out / "ogle-lmc-cep"
    shutil.rmtree(d, ignore_errors=True)
    (d / "I").mkdir(parents=True)
    ids = sorted(p.stem for p in (src / "ogle-lmc-cep/I").glob("*.dat"))[:400]
    for i in ids:
        shutil.copyfile(src / f"ogle-lmc-cep/I/{i}.dat", d / f"I/{i}.dat")
    keep = set(ids)
    for table in ("ident.dat", "cepFO4.dat"):
        rows = (src / "ogle-lmc-cep" / table).read_text().splitlines(keepends=True)
        (d / table).write_text("".join(r for r in rows if r.split()[0] in keep))
    shutil.copyfile(src / "ogle-lmc-cep/README-OGLE.txt", d / "README-OGLE.txt")
    print("ogle", len(ids))


def eros():
    caps = {"ECL": 439, "RRL": 60, "CEP": 30, "LPV": 30}
    d = out / "eros1-lmc"
    shutil.rmtree(d, ignore_errors=True)
    for band in ("R", "B"):
        (d / band).mkdir(parents=True)
    lines = (src / "eros1-lmc/labels.csv").read_text().splitlines()
    kept, seen = [lines[0]], {}
    for row in lines[1:]:
        star, cls = row.split(",")[:2]
        if seen.get(cls, 0) < caps[cls]:
            seen[cls] = seen.get(cls, 0) + 1
            kept.append(row)
            for band in ("R", "B"):
                f = src / "eros1-lmc" / band / f"{star}.dat"
                if f.exists():
                    shutil.copyfile(f, d / band / f.name)
    (d / "labels.csv").write_text("\n".join(kept) + "\n")
    print("eros", seen)


crts()
ogle()
eros()
