#!/usr/bin/env python3
"""Score `asli check` on the second development set (tests/devset2).

    python3 tools/devset2/score.py [--asli PATH] [--show] [--json OUT.json]

A thin wrapper: runs tools/devset/score.py (same table, same options) with
--cases tests/devset2/cases.jsonl --list lists/morocco.json, unless those
options are given explicitly. Prints recall per disguise family (share of cases
whose verdict is `impersonation` or `suspicious`, and the share that also name
the intended entry), false alarms per innocent family (verdict other than
`unknown`), and with --show every miss and false alarm.
"""
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCORER = os.path.join(ROOT, "tools", "devset", "score.py")
CASES = os.path.join(ROOT, "tests", "devset2", "cases.jsonl")
LIST = os.path.join(ROOT, "lists", "morocco.json")


def main():
    args = sys.argv[1:]
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        return
    given = {a.split("=", 1)[0] for a in args}
    if "--cases" not in given:
        args += ["--cases", CASES]
    if "--list" not in given:
        args += ["--list", LIST]
    sys.exit(subprocess.call([sys.executable, SCORER] + args))


if __name__ == "__main__":
    main()
