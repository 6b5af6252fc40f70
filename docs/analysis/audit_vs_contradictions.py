#!/usr/bin/env python3
"""The EROS-1 label audit against the photometry-contradiction analysis of docs/results.md.

Usage: audit_vs_contradictions.py AUDIT.csv EROS_DIR
A label contradicts the photometry when: "CEP" fainter than R = 18, "RRL" brighter than R = 17.5,
"LPV" fainter than R = 17 or bluer than B - R = 1 (median magnitudes of the star's own curves).
Prints how many contradicting stars the top of the audit ranking holds, against chance.
"""
import csv, os, statistics, sys

def median_mag(path):
    try:
        v = [float(l.split()[1]) for l in open(path) if l.strip() and not l.startswith('#')]
        return statistics.median(v) if v else None
    except (OSError, ValueError, IndexError):
        return None

audit = list(csv.DictReader(open(sys.argv[1])))
root = sys.argv[2]
contra = set()
for r in audit:
    R = median_mag(os.path.join(root, 'R', r['id'] + '.dat'))
    B = median_mag(os.path.join(root, 'B', r['id'] + '.dat'))
    if R is None:
        continue
    g = r['given']
    if (g == 'CEP' and R > 18) or (g == 'RRL' and R < 17.5) or (g == 'LPV' and (R > 17 or (B is not None and B - R < 1))):
        contra.add(r['id'])
n, c = len(audit), len(contra)
print(f"{n} stars audited, {c} labels contradict the photometry ({100 * c / n:.1f} %)")
print("| top of ranking | stars | contradicting among them | share of all contradicting | chance |")
print("|---|---|---|---|---|")
for pct in (5, 10, 13.5, 20, 30):
    k = round(n * pct / 100)
    hit = sum(1 for r in audit[:k] if r['id'] in contra)
    print(f"| {pct} % | {k} | {hit} ({100 * hit / k:.1f} %) | {100 * hit / c:.1f} % | {100 * c / n:.1f} % |")
issues = [r for r in audit if r['issue'] == 'yes']
hit = sum(1 for r in issues if r['id'] in contra)
print(f"| marked issue | {len(issues)} | {hit} ({100 * hit / max(1, len(issues)):.1f} %) | {100 * hit / c:.1f} % | |")
