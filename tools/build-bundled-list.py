#!/usr/bin/env python3
"""Builds lists/morocco.json (asli.list.v1) from the research in
lists/evidence/starter-evidence.json.

Every Facebook address keeps its evidence in `sources` and its confidence on the
account; entities with no known address stay on the list by name, so a page
using their name still gets a careful warning. Run it again after the evidence
changes, then re-sign the list with tools/sign-bundled-list.sh (docs/lists.md).
"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
EVIDENCE = HERE.parent / "lists" / "evidence" / "starter-evidence.json"
OUT = HERE.parent / "lists" / "morocco.json"
VERSION = 2026112301

# Stable entry ids, in the order of the evidence file (the ids are a promise:
# verdicts name them, and readers' "I trust this page" exceptions refer to them).
IDS = [
    "ma-hespress", "ma-le360", "ma-alyaoum24", "ma-goud", "ma-ahdath", "ma-telquel",
    "ma-lematin", "ma-al3omk", "ma-assabah", "ma-map", "ma-hitradio", "ma-barlamane",
    "ma-chouftv", "ma-2m", "ma-radio2m", "ma-snrt", "ma-medias24", "ma-medi1",
    "ma-alakhbar", "ma-alassima", "ma-hibapress", "ma-hoceimacity", "ma-dgsn",
    "ma-hammouchi", "ma-dgst", "ma-sabik", "ma-tetouan-police", "ma-head-of-government",
    "ma-government-spokesperson", "ma-chamber-of-representatives", "ma-chamber-of-councillors",
    "ma-royal-cabinet", "ma-interior", "ma-culture-communication", "ma-anti-blackmail-center",
    "qa-aljazeera", "ae-alarabiya", "gb-bbc-arabic", "fr-france24-arabic", "ae-skynews-arabia",
    "ru-rt-arabic", "ae-cnn-arabic", "fr-france24", "fr-rfi", "fr-lemonde",
]

# Aliases in the research that are not names the entity goes by.
NOT_A_NAME = {
    "محمد بلمهيدي",  # the anti-blackmail center's founder, a person
}


def clean(name):
    # "Le360 Arabic (le360.ma/ar)" -> "Le360 Arabic": the bracket is a research note.
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


def entry(i, research):
    names = []
    for name in (research["names"].get("ar", []) + research["names"].get("fr", [])
                 + research["names"].get("en", []) + research.get("aliases", [])):
        name = clean(name)
        if name and name not in names and name not in NOT_A_NAME:
            names.append(name)
    accounts, sources = [], []
    for address in research.get("facebook") or []:
        account = {"platform": "facebook"}
        if address.get("id"):
            account["id"] = address["id"]
        if address.get("handle"):
            account["handle"] = address["handle"]
        account["confidence"] = address["confidence"]
        accounts.append(account)
        sources.append(address["evidence"])
    out = {"id": IDS[i], "kind": research["kind"], "names": names, "country": research["country"]}
    if research.get("website"):
        out["website"] = research["website"]
    out["accounts"] = accounts
    if sources:
        out["sources"] = sources
    if research.get("notes"):
        out["notes"] = research["notes"]
    return out


def main():
    research = json.loads(EVIDENCE.read_text(encoding="utf-8"))["entries"]
    if len(research) != len(IDS):
        sys.exit(f"{EVIDENCE}: {len(research)} entities but {len(IDS)} ids: update IDS")
    listing = {
        "format": "asli.list.v1",
        "name": "Morocco and Arabic-language news: verified outlets, institutions and officials",
        "publisher": "Asli project",
        "version": VERSION,
        "entries": [entry(i, r) for i, r in enumerate(research)],
    }
    OUT.write_text(json.dumps(listing, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(IDS)} entries)")


if __name__ == "__main__":
    main()
