#!/usr/bin/env python3
"""Score `asli check` on the held-out set (tests/heldout/).

    python3 tools/heldout/score.py [--asli PATH] [--cases FILE] [--list FILE]
                                   [--show FAMILY] [--json]

Runs `asli check --list tests/heldout/list.json < cases.jsonl` (building
target/release/asli with `cargo build --release --bin asli` when it is
missing and --asli is not given) and prints, per family, the number of cases
and: the recall (share of disguise cases that got `impersonation` or
`suspicious`) and how many of those named the right entry; the false-alarm
rate for innocents (anything but `unknown`); the verified rate.  Measure
only: no matching rule may be tuned on this set (tests/heldout/README.md).
"""
import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ALARM = ("impersonation", "suspicious")


def run(asli, lst, cases_path):
    with open(cases_path, encoding="utf-8") as fh:
        lines = [l for l in fh.read().splitlines() if l.strip()]
    cases = [json.loads(l) for l in lines]
    proc = subprocess.run([asli, "check", "--list", lst], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0 and not proc.stdout:
        sys.exit("asli check failed (%d): %s" % (proc.returncode, proc.stderr.strip()))
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(cases):
        sys.exit("asli check wrote %d verdicts for %d cases" % (len(out), len(cases)))
    return cases, out


def breakdowns(cases, verdicts, lst):
    """Recall of disguise cases by the listed entity's kind and by where the
    page's managers are (none given / all abroad / some at home)."""
    ents = {e["id"]: e for e in lst["entries"]}
    out = {"by_kind": {}, "by_managers": {}}
    for c, v in zip(cases, verdicts):
        if c["_expect"] != "alarm" or c["_entry"] not in ents:
            continue
        e = ents[c["_entry"]]
        mc = c.get("manager_countries")
        where = ("none" if not mc else "abroad" if all(x != e["country"] for x in mc)
                 else "home")
        hit = v.get("verdict") in ALARM
        for key, val in (("by_kind", e["kind"]), ("by_managers", where)):
            d = out[key].setdefault(val, {"cases": 0, "hits": 0})
            d["cases"] += 1
            d["hits"] += hit
    for key in out:
        for d in out[key].values():
            d["recall"] = round(d["hits"] / d["cases"], 4) if d["cases"] else None
    return out


def score(cases, verdicts):
    fams = OrderedDict()
    for c, v in zip(cases, verdicts):
        f = fams.setdefault(c["_family"], {"expect": c["_expect"], "n": 0, "hit": 0,
                                           "right_entry": 0, "errors": 0, "verdicts": {}})
        f["n"] += 1
        vd = v.get("verdict")
        f["verdicts"][vd] = f["verdicts"].get(vd, 0) + 1
        if vd == "error":
            f["errors"] += 1
        if c["_expect"] == "alarm":
            ok = vd in ALARM
            f["hit"] += ok
            f["right_entry"] += ok and v.get("entry") == c["_entry"]
        elif c["_expect"] == "quiet":
            f["hit"] += vd != "unknown"          # a false alarm
        elif c["_expect"] == "verified":
            f["hit"] += vd == "verified" and v.get("entry") == c["_entry"]
    tot = {k: {"n": 0, "hit": 0, "right_entry": 0} for k in ("alarm", "quiet", "verified")}
    for f in fams.values():
        t = tot[f["expect"]]
        t["n"] += f["n"]
        t["hit"] += f["hit"]
        t["right_entry"] += f["right_entry"]
    rate = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
    res = {"families": OrderedDict(), "overall": {}}
    for name, f in fams.items():
        r = {"expect": f["expect"], "cases": f["n"], "errors": f["errors"],
             "verdicts": f["verdicts"]}
        if f["expect"] == "alarm":
            r["recall"] = rate(f["hit"], f["n"])
            r["right_entry"] = rate(f["right_entry"], f["n"])
        elif f["expect"] == "quiet":
            r["false_alarm_rate"] = rate(f["hit"], f["n"])
        else:
            r["verified_rate"] = rate(f["hit"], f["n"])
        res["families"][name] = r
    res["overall"] = {
        "disguise_cases": tot["alarm"]["n"],
        "recall": rate(tot["alarm"]["hit"], tot["alarm"]["n"]),
        "right_entry": rate(tot["alarm"]["right_entry"], tot["alarm"]["n"]),
        "innocent_cases": tot["quiet"]["n"],
        "false_alarm_rate": rate(tot["quiet"]["hit"], tot["quiet"]["n"]),
        "verified_cases": tot["verified"]["n"],
        "verified_rate": rate(tot["verified"]["hit"], tot["verified"]["n"]),
    }
    return res


def pct(x):
    return "   -  " if x is None else "%5.1f%%" % (100 * x)


def table(res):
    out = ["%-28s %6s  %-22s %s" % ("family", "cases", "measure", "verdicts")]
    for name, r in res["families"].items():
        if r["expect"] == "alarm":
            m = "recall %s (entry %s)" % (pct(r["recall"]), pct(r["right_entry"]).strip())
        elif r["expect"] == "quiet":
            m = "false alarms %s" % pct(r["false_alarm_rate"])
        else:
            m = "verified %s" % pct(r["verified_rate"])
        vs = " ".join("%s=%d" % kv for kv in sorted(r["verdicts"].items()))
        out.append("%-28s %6d  %-22s %s" % (name, r["cases"], m, vs))
    o = res["overall"]
    out.append("")
    out.append("overall recall       %s  (%d disguise cases; right entry %s)"
               % (pct(o["recall"]), o["disguise_cases"], pct(o["right_entry"]).strip()))
    out.append("overall false alarms %s  (%d innocents)" % (pct(o["false_alarm_rate"]),
                                                          o["innocent_cases"]))
    out.append("verified             %s  (%d listed accounts)" % (pct(o["verified_rate"]),
                                                                o["verified_cases"]))
    for key, title in (("by_kind", "recall by entity kind"),
                       ("by_managers", "recall by managers' countries")):
        if res.get(key):
            out.append("%-22s %s" % (title + ":", "  ".join(
                "%s %s (%d)" % (k, pct(d["recall"]).strip(), d["cases"])
                for k, d in sorted(res[key].items()))))
    return "\n".join(out)


def show(cases, verdicts, family):
    for c, v in zip(cases, verdicts):
        if c["_family"] != family:
            continue
        vd = v.get("verdict")
        if c["_expect"] == "alarm":
            bad = vd not in ALARM
            note = "" if bad else "wrong entry"
            if not bad and v.get("entry") == c["_entry"]:
                continue
        elif c["_expect"] == "quiet":
            if vd == "unknown":
                continue
            note = ""
        else:
            if vd == "verified" and v.get("entry") == c["_entry"]:
                continue
            note = ""
        reasons = ",".join(r.get("code", "") for r in v.get("reasons", []) or [])
        print("%-14s %-22s %-5s want %-22s %s  %s %s" % (
            vd, v.get("entry"), v.get("score"), c["_entry"], json.dumps(c["name"], ensure_ascii=False),
            reasons, note))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--asli", help="the asli binary (default target/release/asli, built if missing)")
    ap.add_argument("--cases", default=os.path.join(ROOT, "tests", "heldout", "cases.jsonl"))
    ap.add_argument("--list", default=os.path.join(ROOT, "tests", "heldout", "list.json"))
    ap.add_argument("--show", metavar="FAMILY", help="print the misses (or false alarms) of FAMILY")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()
    asli = args.asli
    if not asli:
        asli = os.path.join(ROOT, "target", "release", "asli")
        if not os.path.exists(asli):
            subprocess.run(["cargo", "build", "--release", "--bin", "asli"], cwd=ROOT, check=True)
    cases, verdicts = run(asli, args.list, args.cases)
    if args.show:
        show(cases, verdicts, args.show)
        return
    res = score(cases, verdicts)
    with open(args.list, encoding="utf-8") as fh:
        res.update(breakdowns(cases, verdicts, json.load(fh)))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(table(res))


if __name__ == "__main__":
    main()
