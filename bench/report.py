"""Turns bench/run's measurements into bench/RESULTS.md: the machine, every median, and the
issue's targets as ratios measured in the same run.
  report.py TIMES.tsv MEMORY.tsv YAML_BYTES_10K CPK_BYTES_10K HAVE_HYPERFINE"""
import datetime
import os
import platform
import subprocess
import sys


def read_tsv(path):
    out = {}
    with open(path) as f:
        for line in f:
            name, value = line.rstrip("\n").split("\t")
            out[name] = float(value)
    return out


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def compiler():
    try:
        return subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except OSError:
        return "unknown"


def main(argv):
    t = read_tsv(argv[1])
    m = read_tsv(argv[2])
    yaml_bytes, cpk_bytes, hyperfine = int(argv[3]), int(argv[4]), argv[5] == "1"
    floor = t["floor"]
    rows = []

    def ratio(a, b):
        return t[a] / t[b] if a in t and b in t and t[b] > 0 else float("nan")

    def target(what, value, limit, better="≤", note=""):
        ok = value <= limit if better == "≤" else value < limit
        rows.append(f"| {what} | {value:.2f} | {better} {limit:g} | {'met' if ok else '**missed**'} | {note} |")

    out = ["# Benchmark results", ""]
    out.append(f"Measured by `bench/run` on {datetime.date.today().isoformat()}: "
               f"{os.cpu_count()} cores ({cpu_model()}), Linux {platform.release()}, {compiler()}, "
               f"Release build, timer: {'hyperfine (median of the runs)' if hyperfine else '/usr/bin/time (median of repeated runs)'}.")
    out.append("All ratios come from this one run. Synthetic data from `bench/gen.py`: packs of 100, 1,000 "
               f"and 10,000 tracks (the 10,000-track pack is {yaml_bytes / 1e6:.1f} MB of YAML, "
               f"{cpk_bytes / 1e6:.1f} MB compiled).")
    out += ["", "## Targets", "", "| target | measured | limit | verdict | note |", "| --- | --- | --- | --- | --- |"]
    target("`recommend` built-in pack, sample profile ÷ floor", ratio("recommend-builtin", "floor"), 1.3)
    target("`tracks` ÷ floor", ratio("tracks", "floor"), 1.2)
    target("`--version` ÷ floor", ratio("version", "floor"), 1.2)
    target("`recommend`, 10,000-track compiled pack ÷ 100-track", ratio("recommend-10000-cpk", "recommend-100-cpk"), 15,
           note="content grows 100×")
    if "recommend-10000-cpk" in m:
        target("peak memory, 10,000-track compiled pack ÷ its YAML size", m["recommend-10000-cpk"] * 1024 / yaml_bytes, 5)
    if "batch-10000-x-1000" in t:
        target("batch: 10,000 profiles × 1,000-track pack, seconds", t["batch-10000-x-1000"] / 1000, 1,
               note="every plan lists all 1,000 tracks with their fit parts (docs/json-output.md)")
    if "batch-100000-x-100" in m:
        target("batch memory: 100,000 profiles ÷ 1,000 profiles (constant memory)",
               m["batch-100000-x-100"] / m["batch-1000-x-100"], 1.5)
    target("YAML path (`validate`) ÷ bare `YAML::LoadFile`, same 10,000-track files", ratio("validate-10000-yaml", "loadfile-10000-yaml"), 1.0,
           note="the YAML path also validates and resolves ids")
    if "pyyaml-c-10000-yaml" in t:
        target("YAML path ÷ PyYAML with its C loader, same files", ratio("validate-10000-yaml", "pyyaml-c-10000-yaml"), 1.0, "<")
    out += rows

    out += ["", "## Every case", "", "| case | median ms | ÷ floor |", "| --- | ---: | ---: |"]
    for name, ms in t.items():
        out.append(f"| {name} | {ms:.2f} | {ms / floor:.2f} |")
    out += ["", "## Scaling", ""]
    if "batch-1000-x-1000" in t and "batch-1-x-1000" in t:
        per = (t["batch-1000-x-1000"] - t["batch-1-x-1000"]) / 999
        out.append(f"- Batch vs single: one profile against the 1,000-track pack costs {t['batch-1-x-1000']:.1f} ms as its own "
                   f"process; in a batch of 1,000 each further profile costs {per:.2f} ms "
                   f"({t['batch-1-x-1000'] / per:.1f}× less).")
    if "batch-1000-x-1000-j1" in t:
        out.append(f"- Two threads vs one (1,000 profiles × 1,000 tracks): {ratio('batch-1000-x-1000-j1', 'batch-1000-x-1000'):.2f}× faster.")
    out.append(f"- 10,000 vs 100 tracks, compiled: {ratio('recommend-10000-cpk', 'recommend-100-cpk'):.1f}× the time; "
               f"`validate` (load only): {ratio('validate-10000-cpk', 'validate-100-cpk'):.1f}×.")
    out.append(f"- 10,000-track pack, YAML vs compiled (`validate`): {ratio('validate-10000-yaml', 'validate-10000-cpk'):.1f}×.")
    out += ["", "## Peak memory (max RSS)", "", "| case | KiB |", "| --- | ---: |"]
    for name, kib in m.items():
        out.append(f"| {name} | {kib:.0f} |")
    out.append(f"\nYAML size of the 10,000-track pack: {yaml_bytes} bytes; compiled: {cpk_bytes} bytes.")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
