#!/usr/bin/env python3
"""Score `asli check` on the Asli development set.

    python3 tools/devset/score.py [--asli PATH] [--show] [--json OUT.json]

Runs `asli check --list tests/devset/list.json` on tests/devset/cases.jsonl
(building target/release/asli first if it is missing and no --asli is given)
and prints one table:

  * disguise families (expect "alarm"): recall = share of cases whose verdict is
    `impersonation` or `suspicious`; the `entry` column is the share of cases
    that also name the intended entry;
  * innocent families (expect "quiet"): false alarms = cases whose verdict is
    anything but `unknown`;
  * verified: share of the listed accounts that come back `verified` with
    their own entry.

--show also prints every miss and every false alarm (family, name, verdict, entry).
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIST = os.path.join(ROOT, "tests", "devset", "list.json")
CASES = os.path.join(ROOT, "tests", "devset", "cases.jsonl")
ALARM = {"impersonation", "suspicious"}


def find_asli(path):
    if path:
        return path
    exe = os.path.join(ROOT, "target", "release", "asli")
    if not os.path.exists(exe):
        print("building target/release/asli ...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--bin", "asli"], cwd=ROOT, check=True)
    return exe


def write_json(summary, dest):
    """The figures as JSON, to `dest` (a path, or - for standard output)."""
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    if dest == "-":
        print(text)
    else:
        with open(dest, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--asli", help="path of the asli binary (default: target/release/asli, built if missing)")
    ap.add_argument("--show", action="store_true", help="print each miss and false alarm")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT ('-' for stdout)")
    ap.add_argument("--list", default=LIST, help=argparse.SUPPRESS)
    ap.add_argument("--cases", default=CASES, help=argparse.SUPPRESS)
    args = ap.parse_args()

    cases = [json.loads(l) for l in open(args.cases, encoding="utf-8") if l.strip()]
    exe = find_asli(args.asli)
    stdin = "".join(json.dumps(c["profile"], ensure_ascii=False) + "\n" for c in cases)
    proc = subprocess.run([exe, "check", "--list", args.list], input=stdin.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit(f"asli check exited with {proc.returncode}")
    out = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    if len(out) != len(cases):
        sys.exit(f"asli check gave {len(out)} verdicts for {len(cases)} profiles")

    fams = {}
    problems = []
    for c, v in zip(cases, out):
        f = fams.setdefault(c["family"], {"expect": c["expect"], "n": 0, "ok": 0, "entry_ok": 0})
        f["n"] += 1
        verdict, entry = v.get("verdict"), v.get("entry")
        if c["expect"] == "alarm":
            ok = verdict in ALARM
            f["entry_ok"] += ok and entry == c["entry"]
        elif c["expect"] == "quiet":
            ok = verdict == "unknown"
        else:
            ok = verdict == "verified" and entry == c["entry"]
        f["ok"] += ok
        if not ok:
            problems.append((c["family"], c["profile"]["name"], verdict, entry, c["entry"]))

    groups = [("disguises (recall)", "alarm"), ("innocents (false alarms)", "quiet"), ("verified", "verified")]
    lines = []
    summary = {"families": {}, "totals": {}}
    for title, kind in groups:
        names = sorted(k for k, f in fams.items() if f["expect"] == kind)
        if not names:
            continue
        lines.append("")
        if kind == "alarm":
            lines.append(f"{title:<28}{'n':>6}{'alarm':>8}{'recall':>9}{'entry':>9}")
        elif kind == "quiet":
            lines.append(f"{title:<28}{'n':>6}{'false':>8}{'rate':>9}")
        else:
            lines.append(f"{title:<28}{'n':>6}{'ok':>8}{'rate':>9}")
        tn = tok = tent = 0
        for k in names:
            f = fams[k]
            tn += f["n"]
            tok += f["ok"]
            tent += f["entry_ok"]
            if kind == "alarm":
                lines.append(f"  {k:<26}{f['n']:>6}{f['ok']:>8}{f['ok'] / f['n']:>9.1%}{f['entry_ok'] / f['n']:>9.1%}")
                summary["families"][k] = {"expect": kind, "n": f["n"], "alarms": f["ok"], "recall": f["ok"] / f["n"],
                                          "right_entry": f["entry_ok"] / f["n"]}
            elif kind == "quiet":
                bad = f["n"] - f["ok"]
                lines.append(f"  {k:<26}{f['n']:>6}{bad:>8}{bad / f['n']:>9.1%}")
                summary["families"][k] = {"expect": kind, "n": f["n"], "false_alarms": bad,
                                          "false_alarm_rate": bad / f["n"]}
            else:
                lines.append(f"  {k:<26}{f['n']:>6}{f['ok']:>8}{f['ok'] / f['n']:>9.1%}")
                summary["families"][k] = {"expect": kind, "n": f["n"], "verified": f["ok"], "rate": f["ok"] / f["n"]}
        if kind == "alarm":
            lines.append(f"  {'ALL':<26}{tn:>6}{tok:>8}{tok / tn:>9.1%}{tent / tn:>9.1%}")
            summary["totals"]["alarm"] = {"n": tn, "alarms": tok, "recall": tok / tn, "right_entry": tent / tn}
        elif kind == "quiet":
            lines.append(f"  {'ALL':<26}{tn:>6}{tn - tok:>8}{(tn - tok) / tn:>9.1%}")
            summary["totals"]["quiet"] = {"n": tn, "false_alarms": tn - tok, "false_alarm_rate": (tn - tok) / tn}
        else:
            summary["totals"]["verified"] = {"n": tn, "verified": tok, "rate": tok / tn}

    if args.show:
        print("misses and false alarms (family | name | verdict | entry | expected entry):")
        for fam, name, verdict, entry, want in problems:
            print(f"  {fam} | {name!r} | {verdict} | {entry} | {want}")
    print("\n".join(lines).lstrip("\n"))
    if args.json:
        write_json(summary, args.json)


if __name__ == "__main__":
    main()
