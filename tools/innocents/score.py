#!/usr/bin/env python3
"""Count false alarms of `asli check` on the innocent-names set.

    python3 tools/innocents/score.py [--asli PATH] [--show] [--json OUT.json]

Reads tests/innocents/cases.jsonl. Each case names the list it is judged
against: `bundled` = lists/morocco.json, `devset` = tests/devset/list.json.
Runs `asli check --list <that list>` once per list (building
target/release/asli first if it is missing and no --asli is given) and prints
one table: for each family, per list and together, the number of cases and of
false alarms (any verdict other than `unknown`, `error` included).

--show also prints every false alarm (family | list | name | verdict | entry | score).
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CASES = os.path.join(ROOT, "tests", "innocents", "cases.jsonl")
LISTS = {
    "bundled": os.path.join(ROOT, "lists", "morocco.json"),
    "devset": os.path.join(ROOT, "tests", "devset", "list.json"),
}


def devset_score():
    """The dev set scorer (tools/devset/score.py), whose helpers this one shares."""
    spec = importlib.util.spec_from_file_location("devset_score", os.path.join(ROOT, "tools", "devset", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def find_asli(path):
    """One way to find or build `asli`: the dev set scorer's."""
    return devset_score().find_asli(path)


def run(exe, list_path, profiles):
    stdin = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in profiles)
    proc = subprocess.run([exe, "check", "--list", list_path], input=stdin.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit(f"asli check --list {list_path} exited with {proc.returncode}")
    out = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    if len(out) != len(profiles):
        sys.exit(f"asli check gave {len(out)} verdicts for {len(profiles)} profiles")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--asli", help="path of the asli binary (default: target/release/asli, built if missing)")
    ap.add_argument("--show", action="store_true", help="print each false alarm")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT ('-' for stdout)")
    ap.add_argument("--cases", default=CASES, help=argparse.SUPPRESS)
    args = ap.parse_args()

    cases = [json.loads(l) for l in open(args.cases, encoding="utf-8") if l.strip()]
    exe = find_asli(args.asli)

    verdicts = [None] * len(cases)
    for lst, path in LISTS.items():
        idx = [i for i, c in enumerate(cases) if c["list"] == lst]
        if not idx:
            continue
        for i, v in zip(idx, run(exe, path, [cases[i]["profile"] for i in idx])):
            verdicts[i] = v
    unknown_lists = {c["list"] for c in cases} - set(LISTS)
    if unknown_lists:
        sys.exit(f"cases name unknown lists: {sorted(unknown_lists)}")

    # stats[family][list] = [n, false]
    stats = {}
    alarms = []
    for c, v in zip(cases, verdicts):
        s = stats.setdefault(c["family"], {}).setdefault(c["list"], [0, 0])
        s[0] += 1
        if v.get("verdict") != "unknown":
            s[1] += 1
            alarms.append((c["family"], c["list"], c["profile"]["name"], v.get("verdict"), v.get("entry"),
                           v.get("score")))

    if args.show:
        print("false alarms (family | list | name | verdict | entry | score):")
        for fam, lst, name, verdict, entry, score in alarms:
            print(f"  {fam} | {lst} | {name!r} | {verdict} | {entry} | {score}")
        print()

    lists = list(LISTS)
    head = f"{'innocents (false alarms)':<26}"
    for lst in lists:
        head += f"{lst + ' n':>11}{'false':>7}"
    head += f"{'all n':>8}{'false':>7}{'rate':>8}"
    print(head)
    summary = {"families": {}, "totals": {}}
    tot = {lst: [0, 0] for lst in lists}
    for fam in sorted(stats):
        row = f"  {fam:<24}"
        fn = ff = 0
        summary["families"][fam] = {}
        for lst in lists:
            n, f = stats[fam].get(lst, [0, 0])
            tot[lst][0] += n
            tot[lst][1] += f
            fn += n
            ff += f
            row += f"{n:>11}{f:>7}"
            summary["families"][fam][lst] = {"n": n, "false_alarms": f}
        row += f"{fn:>8}{ff:>7}{(ff / fn if fn else 0):>8.1%}"
        summary["families"][fam]["all"] = {"n": fn, "false_alarms": ff, "false_alarm_rate": ff / fn if fn else 0}
        print(row)
    row = f"  {'ALL':<24}"
    an = af = 0
    for lst in lists:
        n, f = tot[lst]
        an += n
        af += f
        row += f"{n:>11}{f:>7}"
        summary["totals"][lst] = {"n": n, "false_alarms": f, "false_alarm_rate": f / n if n else 0}
    row += f"{an:>8}{af:>7}{(af / an if an else 0):>8.1%}"
    summary["totals"]["all"] = {"n": an, "false_alarms": af, "false_alarm_rate": af / an if an else 0}
    print(row)
    verdict_counts = {}
    for _, _, _, verdict, _, _ in alarms:
        verdict_counts[verdict] = verdict_counts.get(verdict, 0) + 1
    if verdict_counts:
        print("  false alarms by verdict: " + ", ".join(f"{k} {verdict_counts[k]}" for k in sorted(verdict_counts)))
    summary["false_alarms_by_verdict"] = verdict_counts

    if args.json:
        devset_score().write_json(summary, args.json)


if __name__ == "__main__":
    main()
