#!/usr/bin/env python3
"""Precision and recall of `cepheus audit` on planted label flips.

Usage: audit_planted_flips.py AUDIT.csv FLIPPED.csv
FLIPPED.csv: file,original,flipped_to (the seeded flips, written when the flipped labels table was
made: see docs/results.md "Label audit"). Prints recall and precision at the top 1..30 % of the
ranking and for the rows the audit marks as likely issues.
"""
import csv, os, sys

audit = list(csv.DictReader(open(sys.argv[1])))
flipped = {}
for r in csv.DictReader(open(sys.argv[2])):
    flipped[os.path.basename(r['file']).split('-')[0]] = (r['original'], r['flipped_to'])
n, f = len(audit), len(flipped)
print(f"{n} stars audited, {f} flipped ({100 * f / n:.1f} %)")
print("| top of ranking | stars | flipped among them | recall | precision |")
print("|---|---|---|---|---|")
for pct in (1, 2, 5, 10, 15, 20, 30):
    k = round(n * pct / 100)
    hit = sum(1 for r in audit[:k] if r['id'] in flipped)
    print(f"| {pct} % | {k} | {hit} | {hit / f:.3f} | {hit / k:.3f} |")
issues = [r for r in audit if r['issue'] == 'yes']
hit = sum(1 for r in issues if r['id'] in flipped)
back = sum(1 for r in audit if r['id'] in flipped and r['suggested'] == flipped[r['id']][0])
print(f"| marked issue | {len(issues)} | {hit} | {hit / f:.3f} | {hit / max(1, len(issues)):.3f} |")
print(f"suggested class = the original class for {back} of {f} flipped stars ({100 * back / f:.1f} %)")
