#!/usr/bin/env python3
"""Accuracy of Byline on the public corpora in ../shared/data, checked against floors.json.

Usage (from the repository root):
  python3 benchmarks/Byline.Evaluation/evaluate.py [--only TASK[,TASK...]] [--keep DIR] [--no-floors]

Builds the CLI once (Release), then for each task in floors.json runs
`python3 ../shared/tools/byline_score.py TASK DATA --cli "<built CLI>"` (the evaluators' own metrics),
prints the evaluator's summary and a table, and exits 1 if a score is below its floor.
With --keep DIR the CLI's input and output (the prediction files) are kept under DIR/<task>.
Exits 0 without doing anything when ../shared/data is absent (users of the repository do not have it).
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated task names (sbd, articles, metadata, ner, quotes, evaluation)")
    ap.add_argument("--keep", help="keep the CLI input/output of each task under this folder")
    ap.add_argument("--no-floors", action="store_true", help="report scores without failing on floors")
    args = ap.parse_args()

    data_root = os.path.join(SHARED, "data")
    if not os.path.isdir(data_root):
        print("evaluate: ../shared/data is absent; skipping the accuracy floors")
        return 0

    subprocess.check_call(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo",
                           os.path.join(ROOT, "samples", "Byline.Cli", "Byline.Cli.csproj")],
                          stdout=subprocess.DEVNULL)
    dll = os.path.join(ROOT, "samples", "Byline.Cli", "bin", "Release", "net10.0", "Byline.Cli.dll")
    cli = f"dotnet {dll} analyze --input jsonl --output jsonl -"

    with open(os.path.join(HERE, "floors.json"), encoding="utf-8") as f:
        tasks = json.load(f)["tasks"]
    only = set(args.only.split(",")) if args.only else None
    failed = []
    rows = []
    for t in tasks:
        if only and t["task"] not in only and t["name"] not in only:
            continue
        if t["task"] == "evaluation":
            # A check of benchmarks/Byline.Evaluation (GUM clustering, TimeML dates): "args" names the subcommand.
            cmd = ["dotnet", "run", "-c", "Release", "--project", HERE, "--", t["args"][0], os.path.join(data_root, t["data"])]
        else:
            cmd = [sys.executable, os.path.join(SHARED, "tools", "byline_score.py"), t["task"],
                   os.path.join(data_root, t["data"]), "--cli", cli]
            if args.keep:
                cmd += ["--keep", os.path.join(args.keep, t["task"] + "-" + os.path.basename(t["data"]).split(".")[0])]
            cmd += t.get("args", [])
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        out = proc.stdout.strip()
        print(f"== {t['name']}: {' '.join(cmd[1:4])}")
        print("\n".join(out.splitlines()[-14:]))
        lines = out.splitlines()
        for check in t["checks"]:
            label = f"{t['name']}: {check['name']}"
            m = None
            for line in reversed(lines):
                m = re.search(check["metric"], line)
                if m:
                    break
            if not m:
                print(proc.stderr[-2000:], file=sys.stderr)
                failed.append(label)
                rows.append((label, "error", check["floor"]))
                continue
            score = float(m.group(1))
            rows.append((label, score, check["floor"]))
            if score < check["floor"]:
                failed.append(label)

    print()
    print(f"{'task':60s} {'score':>8s} {'floor':>8s}")
    for name, score, floor in rows:
        s = score if isinstance(score, str) else f"{score:.3f}"
        print(f"{name:60s} {s:>8s} {floor:8.3f}")
    if failed and not args.no_floors:
        print("evaluate: below the floor: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
