"""Turns bench/run's measurements into bench/RESULTS.md: the machine, every median, and the
issue's targets as ratios measured in the same run.
  report.py TIMES.tsv MEMORY.tsv YAML_BYTES_10K CPK_BYTES_10K HAVE_HYPERFINE [STARTUP_RATIOS.tsv]"""
import datetime
import os
import platform
import subprocess
import sys


def read_tsv(path, column=1):
    out = {}
    with open(path) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            out[fields[0]] = float(fields[column]) if column < len(fields) else float("nan")
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
    cpu = read_tsv(argv[1], 2)
    m = read_tsv(argv[2])
    yaml_bytes, cpk_bytes, hyperfine = int(argv[3]), int(argv[4]), argv[5] == "1"
    # Start-up ratios paired within rounds (bench/run's time_startup): median, lowest, highest, CPU.
    paired = {}
    if len(argv) > 6 and os.path.exists(argv[6]):
        with open(argv[6]) as f:
            for line in f:
                name, *values = line.rstrip("\n").split("\t")
                paired[name] = [float(v) for v in values]
    floor = t["floor"]
    rows = []

    def ratio(a, b):
        return t[a] / t[b] if a in t and b in t and t[b] > 0 else float("nan")

    def cpu_ratio(a, b):
        return cpu[a] / cpu[b] if a in cpu and b in cpu and cpu[b] > 0 else float("nan")

    def startup(name):
        if name in paired:
            median, low, high, cpu_median = paired[name]
            return median, cpu_median, f"rounds: {low:.2f}–{high:.2f}"
        return ratio(name, "floor"), cpu_ratio(name, "floor"), ""

    def target(what, value, limit, better="≤", note="", cpu_value=None):
        ok = value <= limit if better == "≤" else value < limit
        shown = f"{value:.2f}" if cpu_value is None else f"{value:.2f} (CPU {cpu_value:.2f})"
        rows.append(f"| {what} | {shown} | {better} {limit:g} | {'met' if ok else '**missed**'} | {note} |")

    out = ["# Benchmark results", ""]
    out.append(f"Measured by `bench/run` on {datetime.date.today().isoformat()}: "
               f"{os.cpu_count()} cores ({cpu_model()}), Linux {platform.release()}, {compiler()}, "
               f"Release build, timer: {'hyperfine (median of the runs; the five start-up cases run side by side in many short rounds, each start-up ratio the median of the ratios within a round)' if hyperfine else '/usr/bin/time (median of repeated runs)'}.")
    out.append("All ratios come from this one run. Synthetic data from `bench/gen.py`: packs of 100, 1,000 "
               f"and 10,000 tracks (the 10,000-track pack is {yaml_bytes / 1e6:.1f} MB of YAML, "
               f"{cpk_bytes / 1e6:.1f} MB compiled).")
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    out.append(f"Load average at the end of the run: {load} (other work on the machine inflates wall times; "
               "the CPU column, user + system time of the process, is less sensitive to it). Verdicts use wall time.")
    out += ["", "## Targets", "", "| target | measured (wall ratio) | limit | verdict | note |", "| --- | --- | --- | --- | --- |"]
    # Start-up: at most twice a static hello-world linked the same way (the physical floor), and
    # faster than the same hello-world linked dynamically.
    for what, name in (("`recommend` built-in pack, sample profile", "recommend-builtin"), ("`tracks`", "tracks"),
                       ("`--version`", "version")):
        value, cpu_value, note = startup(name)
        target(f"{what} ÷ static floor", value, 2.0, cpu_value=cpu_value, note=note)
        if "floor-dynamic" in t:
            dyn_value, dyn_cpu, dyn_note = startup(name)
            floor_ratio, floor_cpu, _ = startup("floor-dynamic")
            target(f"{what} ÷ dynamic floor", dyn_value / floor_ratio, 1.0, "<", cpu_value=dyn_cpu / floor_cpu)
        if f"before-{name.split('-')[0]}" in t:
            old, old_cpu, _ = startup(f"before-{name.split('-')[0]}")
            rows.append(f"| {what}: the build before (CAREERPLAN_BENCH_BEFORE) ÷ static floor | {old:.2f} (CPU {old_cpu:.2f}) | | for comparison | |")
    target("`recommend`, 10,000-track compiled pack ÷ 100-track", ratio("recommend-10000-cpk", "recommend-100-cpk"), 15, cpu_value=cpu_ratio("recommend-10000-cpk", "recommend-100-cpk"),
           note="content grows 100×")
    if "recommend-10000-cpk" in m:
        target("peak memory, 10,000-track compiled pack ÷ its YAML size", m["recommend-10000-cpk"] * 1024 / yaml_bytes, 5)
    if "validate-10000-cpk" in m:
        target("peak memory, loading the 10,000-track compiled pack only (`validate`) ÷ its YAML size",
               m["validate-10000-cpk"] * 1024 / yaml_bytes, 5, note="the rest of `recommend`'s peak is the plan of 10,000 tracks")
    if "batch-10000-x-1000" in t:
        target("batch: 10,000 profiles × 1,000-track pack, seconds", t["batch-10000-x-1000"] / 1000, 1,
               note="one full JSON plan a line (about 28 KB each)")
    if "before-batch-10000-x-1000" in t:
        target("batch ÷ the build before (CAREERPLAN_BENCH_BEFORE), same run", t["batch-10000-x-1000"] / t["before-batch-10000-x-1000"],
               1.05, cpu_value=cpu["batch-10000-x-1000"] / cpu["before-batch-10000-x-1000"], note="no slower by more than 5%")
    big = "batch-100000-x-builtin" if "batch-100000-x-builtin" in m else "batch-10000-x-builtin"
    if big in m:
        target(f"batch memory: {big.split('-')[1]} profiles ÷ 1,000 profiles (constant memory)",
               m[big] / m["batch-1000-x-builtin"], 1.5)
    if "recommend-resume" in t and "recommend-resume-profile" in t:
        target("`recommend resume.json` ÷ `recommend` of the profile `import` writes from it", ratio("recommend-resume", "recommend-resume-profile"), 1.5,
               cpu_value=cpu_ratio("recommend-resume", "recommend-resume-profile"), note="tests/fixtures/resumes/dba-bound-priya.json")
    target("YAML path (`validate`) ÷ bare `YAML::LoadFile`, same 10,000-track files", ratio("validate-10000-yaml", "loadfile-10000-yaml"), 1.0,
           note="the YAML path also validates and resolves ids")
    if "pyyaml-c-10000-yaml" in t:
        target("YAML path ÷ PyYAML with its C loader, same files", ratio("validate-10000-yaml", "pyyaml-c-10000-yaml"), 1.0, "<")
    out += rows

    out += ["", "## Every case", "", "| case | median wall ms | ÷ floor | mean CPU ms | ÷ floor CPU |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for name, ms in t.items():
        out.append(f"| {name} | {ms:.2f} | {ms / floor:.2f} | {cpu[name]:.2f} | {cpu[name] / cpu['floor']:.2f} |")
    out += ["", "## Scaling", ""]
    if "batch-10000-x-1000" in t and "batch-1-x-1000" in t:
        per = (t["batch-10000-x-1000"] - t["batch-1-x-1000"]) / 9999
        out.append(f"- Batch vs single: one profile against the 1,000-track pack costs {t['batch-1-x-1000']:.1f} ms as its own "
                   f"process (jsonl); in a batch of 10,000 each further profile costs {per:.3f} ms wall "
                   f"({t['batch-1-x-1000'] / per:.0f}× less). The same profile as a text report: "
                   f"{t.get('recommend-1-x-1000-text', float('nan')):.1f} ms.")
    if "batch-10000-x-1000-j1" in t:
        out.append(f"- Two threads vs one (10,000 profiles × 1,000 tracks): {ratio('batch-10000-x-1000-j1', 'batch-10000-x-1000'):.2f}× faster.")
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
