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
