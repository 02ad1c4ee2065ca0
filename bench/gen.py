#!/usr/bin/env python3
"""Synthetic content packs and profiles for bench/run (Debian's python3 only, no PyPI).

  gen.py pack TRACKS DIR        a valid pack folder with TRACKS tracks (roles), ~640 bytes of
                                YAML per track as in the issue's prototype, split into files of
                                at most 500 tracks (each well under the loader's per-file limits)
  gen.py profiles N FILE.jsonl  N profiles against the same skill ids, one JSON object a line
  gen.py profile FILE.yaml      one small profile (the "sample profile" case)

Output depends only on the arguments (fixed seeds), so runs compare like with like.
"""
import json
import os
import random
import sys

SKILLS = 80
CERTS = 40
STAGES = 6
STRATEGIES = 20
TRACKS_PER_FILE = 500
WORDS = ("incident service platform data network cloud release capacity monitoring support "
         "automation reliability security database storage identity payments search billing "
         "analytics messaging mobile desktop edge observability compliance").split()


def skill_id(i):
    return f"skill-{i:04d}"


def cert_id(i):
    return f"cert-{i:03d}"


def stage_id(i):
    return f"stage-{i}"


def phrase(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def pack(tracks, out):
    rng = random.Random(tracks)
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".yaml"):
            os.remove(os.path.join(out, name))
    write(os.path.join(out, "pack.yaml"),
          f"pack:\n  name: bench-{tracks}\n  title: \"Benchmark pack, {tracks} tracks\"\n  version: 1\n"
          "sources:\n  - {id: bench, title: \"Synthetic benchmark data\", estimate: true}\n")
    lines = ["skills:"]
    for i in range(SKILLS):
        lines += [f"  - id: {skill_id(i)}",
                  f"    name: \"Skill {i} {phrase(rng, 2)}\"",
                  f"    category: {rng.choice(['technical', 'process', 'soft'])}",
                  f"    description: \"{phrase(rng, 8)}\"",
                  "    levels: [\"aware\", \"guided\", \"alone\", \"leads\", \"sets standards\"]",
                  "    effort: {hours: [[5, 10], [20, 40], [60, 120], [150, 300], [300, 600]], source: bench}"]
    write(os.path.join(out, "skills.yaml"), "\n".join(lines) + "\n")
    lines = ["certifications:"]
    for i in range(CERTS):
        ev = ", ".join(f"{skill_id(s)}: {rng.randint(1, 3)}" for s in rng.sample(range(SKILLS), 2))
        lines += [f"  - id: {cert_id(i)}", f"    name: \"Certificate {i}\"", "    issuer: \"Bench Org\"",
                  f"    description: \"{phrase(rng, 6)}\"", f"    evidences: {{{ev}}}",
                  f"    prep_hours: {{low: {10 * (i % 5 + 1)}, high: {20 * (i % 5 + 1)}, source: bench}}",
                  "    source: bench"]
    write(os.path.join(out, "certifications.yaml"), "\n".join(lines) + "\n")
    lines = ["stages:"]
    for i in range(STAGES):
        lines += [f"  - id: {stage_id(i)}", f"    title: \"Stage {i}\"", f"    description: \"{phrase(rng, 8)}\"",
                  f"    typical_years: {{low: 1, high: 2, source: bench}}"]
        if i > 0:
            lines.append(f"    requires: [{{years: {i}}}, {{skill: {{{skill_id(i)}: {min(5, i)}}}}}]")
            lines.append(f"    inferred_when: {{years: {2 * i}}}")
        if i + 1 < STAGES:
            lines.append(f"    leads_to: [{stage_id(i + 1)}]")
        lines += [f"    roles: [\"Role at stage {i}\"]", "    source: bench"]
    write(os.path.join(out, "stages.yaml"), "\n".join(lines) + "\n")
    lines = ["strategies:"]
    for i in range(STRATEGIES):
        lines += [f"  - id: strategy-{i}", f"    title: \"Strategy {i}\"", "    category: technical",
                  f"    description: \"{phrase(rng, 10)}\"",
                  f"    when: {{any: [{{skill: {{{skill_id(i)}: 2}}}}, {{years: {i % 7}}}]}}", "    source: bench"]
    write(os.path.join(out, "strategies.yaml"), "\n".join(lines) + "\n")
    for start in range(0, tracks, TRACKS_PER_FILE):
        lines = ["tracks:"]
        for t in range(start, min(tracks, start + TRACKS_PER_FILE)):
            keys = rng.sample(range(SKILLS), 6)
            lines += [f"  - id: track-{t:05d}",
                      f"    title: \"{phrase(rng, 2).title()} Engineer {t}\"",
                      f"    focus: \"{phrase(rng, 4)}\"",
                      f"    description: \"{phrase(rng, 8)}\"",
                      "    key_skills:"]
            for n, s in enumerate(keys):
                essential = ", essential: true" if n == 0 else ""
                lines.append(f"      - {{skill: {skill_id(s)}, level: {rng.randint(2, 4)}, weight: {rng.randint(1, 3)}{essential}}}")
            lines += [f"    certifications: [{cert_id(rng.randrange(CERTS))}]",
                      f"    requires: {{years: {rng.randint(0, 4)}}}",
                      f"    roles: [\"{phrase(rng, 2).title()} Engineer\", \"{phrase(rng, 2).title()} Analyst\"]",
                      f"    salary: {{low: {50000 + 1000 * (t % 30)}, high: {80000 + 1000 * (t % 30)}, currency: USD, period: year, source: bench}}",
                      "    source: bench"]
        write(os.path.join(out, f"tracks-{start // TRACKS_PER_FILE:03d}.yaml"), "\n".join(lines) + "\n")


def profile_dict(rng, i):
    p = {"name": f"Person {i}", "years_experience": rng.choice([0, 1, 2, 3, 5, 8]),
         "education": rng.choice(["none", "high-school", "bachelor", "master"]),
         "skills": {skill_id(s): rng.randint(1, 5) for s in rng.sample(range(SKILLS), rng.randint(3, 12))}}
    if rng.random() < 0.3:
        p["certifications"] = [cert_id(rng.randrange(CERTS))]
    return p


def profiles(n, out):
    rng = random.Random(n)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(profile_dict(rng, i), separators=(",", ":")) + "\n")


def main(argv):
    if len(argv) == 4 and argv[1] == "pack":
        pack(int(argv[2]), argv[3])
    elif len(argv) == 4 and argv[1] == "profiles":
        profiles(int(argv[2]), argv[3])
    elif len(argv) == 3 and argv[1] == "profile":
        p = profile_dict(random.Random(1), 1)
        write(argv[2], json.dumps(p, indent=2) + "\n")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
