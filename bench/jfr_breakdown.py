#!/usr/bin/env python3
"""Where a JFR recording's samples of one thread went, by network part.

Reads `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 80 REC.jfr`
from stdin; keeps samples of THREAD (default "main") whose stack passes through WITHIN (a frame
substring, default the bench's timed training loop); assigns each to the innermost frame that
matches a part below by class and method name (first match walking outwards from the sampled frame); prints counts and
shares. Usage: jfr print ... rec.jfr | python3 bench/jfr_breakdown.py [WITHIN] [THREAD]
"""
import re
import sys
from collections import Counter

WITHIN = sys.argv[1] if len(sys.argv) > 1 else "SpeedBench.train("
THREAD = sys.argv[2] if len(sys.argv) > 2 else "main"

# (part, frame substrings); checked for each frame from the innermost outwards, first hit wins
PARTS = [
    ("LSTM fused forward (lstmLayer)", ["FusedLstm.activate", "FusedLstm.forward"]),
    ("LSTM fused backward (lstmLayer_bp)", ["FusedLstm.fusedBackprop", "FusedLstm.backpropGradient"]),
    ("LSTM fused, other", ["FusedLstm."]),
    ("LSTM DL4J code", ["LSTMHelpers.", "layers.recurrent.LSTM."]),
    ("Conv1D", ["Convolution1DLayer.", "ConvolutionLayer.", "convolution.Convolution."]),
    ("1-D pooling", ["Subsampling", "Pooling"]),
    ("loss / score", ["computeScore", "LossMCXENT", "LossNegativeLogLikelihood", "ILossFunction"]),
    ("dense + output layers", ["layers.feedforward.dense.DenseLayer.", "BaseOutputLayer.", "layers.OutputLayer.", "layers.BaseLayer."]),
    ("dropout", ["Dropout.", "dropout."]),
    ("updater (Adam)", ["Updater"]),
    ("masks / last time step", ["Mask", "mask", "LastTimeStep", "TimeSeriesUtils"]),
    ("preprocessors / graph vertices", ["PreProcessor", "graph.vertex."]),
    ("data pipeline (batches)", ["CachedBatchIterator", "Trainer.forEachOutput", "EncodedCache"]),
    ("workspaces / memory", ["Workspace", "workspace"]),
    ("gradient / param plumbing", ["DefaultGradient", "ComputationGraph.", "Solver.", "StochasticGradientDescent", "BaseOptimizer"]),
]


def samples(stream):
    event, thread, frames = None, None, []
    for line in stream:
        s = line.strip()
        if s.startswith("jdk.ExecutionSample") or s.startswith("jdk.NativeMethodSample"):
            event, thread, frames = s.split()[0], None, []
        elif s.startswith("sampledThread"):
            m = re.search(r'"([^"]*)"', s)
            thread = m.group(1) if m else s
        elif s.endswith("line:") or " line: " in s or (s and "(" in s and event and not s.startswith("stackTrace")):
            frames.append(s)
        elif s == "}" and event:
            yield event, thread, frames
            event = None


def main():
    parts, kinds, other = Counter(), Counter(), Counter()
    total = 0
    for event, thread, frames in samples(sys.stdin):
        if thread != THREAD or not any(WITHIN in f for f in frames):
            continue
        total += 1
        kinds[event] += 1
        part = None
        for f in (f.split("(")[0] for f in frames):  # method names only: argument types name workspaces, masks
            for name, keys in PARTS:
                if any(k in f for k in keys):
                    part = name
                    break
            if part:
                break
        if part is None:
            part = "other"
            other[frames[0].split(" line:")[0] if frames else "?"] += 1
        parts[part] += 1
    print(f"{total} samples of thread {THREAD} under {WITHIN} ({dict(kinds)})")
    for name, n in parts.most_common():
        print(f"{100.0 * n / max(total, 1):5.1f} %  {n:6d}  {name}")
    if other:
        print("top 'other' frames:")
        for f, n in other.most_common(8):
            print(f"  {n:6d}  {f}")


if __name__ == "__main__":
    main()
