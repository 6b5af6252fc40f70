#!/usr/bin/env python3
"""Writes real photometry of this repository in the AAVSO upload formats (Extended and Visual File
Format, what observers submit through WebObs). Not AAVSO files: see README.md. Run from this folder."""
from datetime import datetime, timedelta, timezone
from decimal import Decimal
import csv

HEADER = "#NAME,DATE,MAG,MERR,FILT,TRANS,MTYPE,CNAME,CMAG,KNAME,KMAG,AMASS,GROUP,CHART,NOTES"


def params(kind, delim, date, software, obstype):
    return [f"#TYPE={kind}", "#OBSCODE=EROS" if kind == "EXTENDED" else "#OBSCODE=CONV", f"#SOFTWARE={software}",
            f"#DELIM={delim}", f"#DATE={date}", f"#OBSTYPE={obstype}"]


# 1. EROS-1 135_9613, R and B, comma, JD = EROS time + 2448000 (arbitrary offset, as make_aavso.py)
lines = params("EXTENDED", ",", "JD", "make_aavso_upload.py (converted from EROS-1, not an AAVSO file)", "CCD")
lines.append(HEADER)
rows = []
for band in ("R", "B"):
    with open(f"../eros1-lmc/{band}/135_9613.dat") as f:
        for line in f:
            t, m, e = line.split()
            rows.append((Decimal(t), f"135_9613,{Decimal(t) + Decimal(2448000)},{m},{e},{band},NO,STD,ENSEMBLE,na,na,na,na,na,na,na"))
rows.sort(key=lambda r: r[0])
lines += [r for _, r in rows]
# synthetic rows (README): two fainter-thans, one differential row, one unreadable date, after a change of observer
lines += ["#OBSCODE=SYNA",
          "135_9613,2448300.11000,<20.5,na,R,NO,STD,ENSEMBLE,na,na,na,na,na,na,synthetic upper limit",
          "135_9613,2448320.14000,<21.2,na,B,NO,STD,ENSEMBLE,na,na,na,na,na,na,synthetic upper limit",
          "135_9613,2448330.15000,0.512,0.020,R,NO,DIF,C1,15.100,K1,15.600,na,na,na,synthetic differential",
          "135_9613,24483x0.16000,18.900,0.100,R,NO,STD,ENSEMBLE,na,na,na,na,na,na,synthetic bad date"]
open("aef-eros-135_9613.txt", "w", newline="\r\n").write("\n".join(lines) + "\n")

# 2. CRTS 1001006006382, '!' delimited, JD = MJD + 2400000.5, filter CV (unfiltered, V zero point)
crts = list(csv.DictReader(open("../crts/lc/1001006006382-EW.csv")))
lines = params("Extended", "!", "JD", "make_aavso_upload.py (converted from CRTS, not an AAVSO file)", "CCD")
lines.append(HEADER.replace(",", "!"))
for r in crts:
    jd = Decimal(r["MJD"]) + Decimal("2400000.5")
    lines.append(f"CSS 1001006006382!{jd}!{r['mag']}!{r['magerr']}!CV!NO!STD!ENSEMBLE!na!na!na!na!na!na!na")
open("aef-crts-1001006006382.txt", "w").write("\n".join(lines) + "\n")

# 3. the same CRTS star as visual estimates: magnitudes rounded to 0.1, Excel dates (UT, to the second)
lines = params("VISUAL", ";", "EXCEL", "make_aavso_upload.py (converted from CRTS, not visual estimates)", "Visual")
lines.append("#NAME;DATE;MAG;COMMENTCODE;COMP1;COMP2;CHART;NOTES")
epoch = datetime(1858, 11, 17, tzinfo=timezone.utc)  # MJD 0
for r in crts:
    d = epoch + timedelta(days=float(r["MJD"]))
    d = d.replace(microsecond=0) + (timedelta(seconds=1) if d.microsecond >= 500000 else timedelta())
    excel = d.strftime("%m/%d/%Y %I:%M:%S ") + ("a.m" if d.hour < 12 else "p.m")
    lines.append(f"CSS 1001006006382;{excel};{float(r['mag']):.1f};na;na;na;na;na")
open("visual-crts-1001006006382.txt", "w").write("\n".join(lines) + "\n")
print(len(rows), "EROS rows,", len(crts), "CRTS rows")
