"""Where does the app's own EROS-1 model go wrong? (analysis script, not part of the app)

Splits each bundle's held-out test stars by whether the app's period divides the labels file's
period_days by a whole number 1-11 (the labeller's own period, see eros_label_audit.py part 3),
and scores the model's predictions on each side.

    java -jar target/cepheus.jar features ../shared/data/eros1-lmc \
        --preset resources/presets/period-features-eros.json -o eros_features.csv
    java -jar target/cepheus.jar classify pf_eros.zip ../shared/data/eros1-lmc --out pred.csv
    python3 eros_errors_by_period.py eros_features.csv ../shared/data/eros1-lmc pf_eros.zip pred.csv [MODEL PRED]...
Needs numpy, pandas, scikit-learn.
"""
import json
import sys
import zipfile

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

features, data, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
f = pd.read_csv(features, dtype={"id": str}).set_index("id")
labels = pd.read_csv(f"{data}/labels.csv", dtype={"star": str}).set_index("star")
q = labels.loc[f.index, "period_days"].values / f["period"].values
k = np.round(q)
f["agree"] = (k >= 1) & (k <= 11) & (np.abs(q - k) < 0.002 * k)

for bundle, predictions in zip(pairs[0::2], pairs[1::2]):
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    test = [str(s) for s in manifest["split"]["test"]]
    predicted = pd.read_csv(predictions, dtype={"id": str}).set_index("id").loc[test, "predicted"].values
    truth = f.loc[test, "class"].values
    agree = f.loc[test, "agree"].values
    wrong = predicted != truth
    print(f"{bundle}: test macro-F1 {f1_score(truth, predicted, average='macro'):.3f}; "
          f"{wrong.sum()} errors, {(wrong & ~agree).sum()} of them on the {(~agree).sum()} stars whose period "
          f"disagrees with the labeller's; macro-F1 on the {agree.sum()} that agree "
          f"{f1_score(truth[agree], predicted[agree], average='macro'):.3f}")
