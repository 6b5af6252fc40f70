"""How far can any classifier get on the EROS-1 labels? (analysis script, not part of the app)

Input: the feature table written by
    java -jar target/cepheus.jar features ../shared/data/eros1-lmc \
        --preset resources/presets/period-features-eros.json -o eros_features.csv
Needs numpy, pandas, scikit-learn (pip install scikit-learn pandas).

1. An independent learner (scikit-learn gradient boosting / random forest, 5-fold stratified CV,
   training on 80 % of the stars each time, i.e. more than the app's 60 %) on the same features:
   the macro-F1 the features allow, whatever the network.
2. Labels that contradict LMC astrophysics, from magnitude, colour and period alone (thresholds
   below, chosen from the LMC's known magnitudes, not fitted): how many there are, how many of the
   cross-validated errors they explain, and the macro-F1 on the stars whose labels are consistent.
3. (optional, needs the two extra files below) The labels follow the labeller's own periods,
   aliases included. The labels file's period_days is that period times a whole number 1-11;
   where the app's period is not such a divisor, the errors pile up; where the labeller's period
   is one of the app's top-3 periodogram peaks, it is mostly a one-day alias of the app's period,
   and a 4-harmonic fit of the photometry (both bands) prefers the app's period.
       java -jar target/cepheus.jar period ../shared/data/eros1-lmc --top 3 --max-period 1000 -o eros_top3.csv
       python3 eros_label_audit.py eros_features.csv eros_top3.csv ../shared/data/eros1-lmc
"""
import sys
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

f = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else "eros_features.csv", dtype={"id": str})
features = [c for c in f.columns if c not in ("id", "class", "period")]
X, y = f[features].values, f["class"].values
classes = sorted(set(y))
cv = StratifiedKFold(5, shuffle=True, random_state=0)
learners = {
    "gradient boosting": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05,
                                                        class_weight="balanced", random_state=0),
    "random forest": make_pipeline(SimpleImputer(strategy="median"),
                                   RandomForestClassifier(500, class_weight="balanced", n_jobs=-1, random_state=0)),
}
predicted = {}
for name, model in learners.items():
    p = cross_val_predict(model, X, y, cv=cv)
    predicted[name] = p
    print(f"{name:18s} 5-fold CV macro-F1 {f1_score(y, p, average='macro'):.3f}  accuracy {accuracy_score(y, p):.3f}")
p = predicted["gradient boosting"]
print("confusion (rows true, columns predicted)", classes)
print(confusion_matrix(y, p, labels=classes))

R = f["R_median_mag"]
b_minus_r = -f["colour_R_B"]
# LMC: RR Lyrae at R ~ 18.5-19.5, classical Cepheids brighter than R ~ 17.5, LPVs bright and red
odd = {
    "CEP fainter than R = 18 (RR Lyrae brightness)": (f["class"] == "CEP") & (R > 18),
    "RRL brighter than R = 17.5 (Cepheid/LPV brightness)": (f["class"] == "RRL") & (R < 17.5),
    "LPV fainter than R = 17 or bluer than B-R = 1": (f["class"] == "LPV") & ((R > 17) | (b_minus_r < 1)),
}
any_odd = np.zeros(len(f), bool)
for what, mask in odd.items():
    print(f"{what}: {mask.sum()} stars, {((p != y) & mask).sum()} of them misclassified")
    any_odd |= mask.values
errors = p != y
print(f"labels inconsistent with brightness/colour: {any_odd.sum()} of {len(f)} ({any_odd.mean():.1%}); "
      f"they hold {(errors & any_odd).sum()} of the {errors.sum()} cross-validated errors")
ok = ~any_odd
print(f"on the {ok.sum()} consistent stars: macro-F1 {f1_score(y[ok], p[ok], average='macro'):.3f}  "
      f"accuracy {accuracy_score(y[ok], p[ok]):.3f}")

if len(sys.argv) < 4:
    sys.exit(0)
# ---- 3. the labeller's periods -------------------------------------------------------------
data = sys.argv[3]
labels = pd.read_csv(f"{data}/labels.csv", dtype={"star": str}).set_index("star")
f["labels_period"] = labels.loc[f["id"], "period_days"].values


def divides(labels_period, period):
    """labels_period = k * period for a whole k in 1..11 (to 0.2 % of k)."""
    q = labels_period / period
    k = np.round(q)
    return (k >= 1) & (k <= 11) & (np.abs(q - k) < 0.002 * k)


f["agree"] = divides(f["labels_period"].values, f["period"].values)
f["error"] = errors
print("\nthe app's period divides the labels file's period (k = 1..11):")
print(f.groupby("class").agg(stars=("agree", "size"), agree=("agree", "mean")).round(3).to_string())
print("cross-validated error rate by agreement:")
print(f.groupby(["class", "agree"]).error.agg(["size", "sum", "mean"]).round(3).to_string())
print(f"stars whose period disagrees hold {(errors & ~f['agree'].values).sum()} of the {errors.sum()} errors")

top = pd.read_csv(sys.argv[2])
# the top-3 peaks of every band of a star, looked up once (ids are STAR/BAND)
peaks_of = top.groupby(top["id"].str.split("/").str[0])["period"].apply(np.array).to_dict()


def photometry(star, band):
    try:
        a = np.loadtxt(f"{data}/{band}/{star}.dat", ndmin=2)
    except OSError:
        return None
    a = a[a[:, 2] < 1.0]  # EROS flags missing points with error 1.0 or more
    return a if len(a) >= 12 else None


def reduced_chi2(a, period, harmonics=4):
    t, m, e = a[:, 0], a[:, 1], a[:, 2]
    w = 1 / np.maximum(e, 0.01) ** 2
    phase = 2 * np.pi * t / period
    design = np.column_stack([np.ones_like(t)] + [g(k * phase) for k in range(1, harmonics + 1)
                                                  for g in (np.sin, np.cos)])
    sw = np.sqrt(w)
    coef, *_ = np.linalg.lstsq(design * sw[:, None], m * sw, rcond=None)
    return np.sum(w * (m - design @ coef) ** 2) / (len(t) - design.shape[1])


rows = []
for _, s in f[~f["agree"]].iterrows():
    cands = peaks_of.get(s["id"], np.array([]))
    hit = cands[divides(s["labels_period"], cands)]
    if len(hit) == 0:
        continue
    theirs, ours = hit[0], s["period"]
    bands = [a for a in (photometry(s["id"], b) for b in ("R", "B")) if a is not None]
    chi_ours = sum(reduced_chi2(a, ours) for a in bands)
    chi_theirs = sum(reduced_chi2(a, theirs) for a in bands)
    fo, ft = 1 / ours, 1 / theirs
    relation = ("one-day alias" if abs(abs(fo - ft) - 1) < 0.01 or abs(fo + ft - 1) < 0.01
                else "factor 2" if abs(theirs / ours - 2) < 0.01 or abs(theirs / ours - 0.5) < 0.01 else "other")
    rows.append((s["class"], relation, chi_ours < 0.95 * chi_theirs, chi_theirs < 0.95 * chi_ours))
r = pd.DataFrame(rows, columns=["class", "relation", "app_fits_better", "labeller_fits_better"])
print("\nstars whose period disagrees, where the labeller's period is one of the app's top-3 peaks:")
print(pd.crosstab(r["class"], r["relation"]).to_string())
print(r.groupby("class")[["app_fits_better", "labeller_fits_better"]].sum()
      .join(r.groupby("class").size().rename("stars")).to_string())
