"""Runs the PyTorch reference (shared/anchors/torch_preset_models.py) with its clock swapped for the
process's CPU time, so its samples/s become samples per CPU second: comparable with TrainBench's
'per CPU s' figures on a shared machine. Usage: python3 torch_cpu_time.py ANCHOR.py [n_train] [threads]"""
import runpy, sys, time
time.perf_counter = time.process_time  # the anchor reads time.perf_counter() at each call
anchor = sys.argv[1]
sys.argv = [anchor] + sys.argv[2:]
runpy.run_path(anchor, run_name="__main__")
