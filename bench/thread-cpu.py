#!/usr/bin/env python3
"""CPU seconds per thread (by name, digits folded) of a command, e.g. a whole `cepheus classify`:
JIT compiler threads, GC threads, the feature-extraction pool, ND4J/OpenMP threads (issue #17).
Polls /proc/PID/task/*/stat every 0.2 s and keeps each thread's last value, so a thread that ends
between two polls loses at most 0.2 s. The command's own output goes to thread-cpu.log (or $LOG).
Usage: bench/thread-cpu.py java -Dcepheus.featureCache=off -jar target/cepheus.jar classify MODEL.zip CATALOG --out p.csv
"""
import collections, os, re, subprocess, sys, time

with open(os.environ.get("LOG", "thread-cpu.log"), "w") as log:
    p = subprocess.Popen(sys.argv[1:], stdout=log, stderr=subprocess.STDOUT)
    hz = os.sysconf("SC_CLK_TCK")
    last = {}
    while p.poll() is None:
        try:
            tids = os.listdir(f"/proc/{p.pid}/task")
        except OSError:
            break
        for tid in tids:
            try:
                with open(f"/proc/{p.pid}/task/{tid}/stat") as f:
                    s = f.read()
            except OSError:
                continue
            name = s[s.index("(") + 1:s.rindex(")")]
            fields = s[s.rindex(")") + 2:].split()
            last[tid] = (name, (int(fields[11]) + int(fields[12])) / hz)  # utime + stime
        time.sleep(0.2)
by_name = collections.Counter()
for name, cpu in last.values():
    by_name[re.sub(r"\d+", "N", name)] += cpu
for name, cpu in by_name.most_common():
    if cpu > 0:
        print(f"{cpu:8.2f} s  {name}")
print(f"{sum(by_name.values()):8.2f} s  all threads seen (exit status {p.returncode})")
