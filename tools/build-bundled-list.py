#!/usr/bin/env python3
"""Builds lists/morocco.json (asli.list.v1) from the research in
lists/evidence/starter-evidence.json (its format: lists/evidence/SOURCES.md).

Every Facebook account keeps its evidence: on the account, `sources` (what was
seen, where: repository/path@commit or URL), `seen` (the date of that evidence,
as precisely as it is known) and `confidence` (high: the entity's own site;
medium: a curated dataset; low: third-party code); the entry's `sources` gathers
them all. Entities with no evidenced account stay on the list by name, so a
page using their name still gets a careful warning. Run it again after the
evidence changes, then re-sign the list with tools/sign-bundled-list.sh
(docs/lists.md); `asli list stats --evidence-before DATE` shows what to
re-confirm.
"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
EVIDENCE = HERE.parent / "lists" / "evidence" / "starter-evidence.json"
OUT = HERE.parent / "lists" / "morocco.json"
VERSION = 2026120108

# Entry ids already published: verdicts name them, and readers' "I trust this
# page" exceptions refer to them. Every one must stay, spelled the same.
PUBLISHED_IDS = [
    "ma-hespress", "ma-le360", "ma-alyaoum24", "ma-goud", "ma-ahdath", "ma-telquel",
    "ma-lematin", "ma-al3omk", "ma-assabah", "ma-map", "ma-hitradio", "ma-barlamane",
    "ma-chouftv", "ma-2m", "ma-radio2m", "ma-snrt", "ma-medias24", "ma-medi1",
    "ma-alakhbar", "ma-alassima", "ma-hibapress", "ma-hoceimacity", "ma-dgsn",
    "ma-hammouchi", "ma-dgst", "ma-sabik", "ma-tetouan-police", "ma-head-of-government",
    "ma-government-spokesperson", "ma-chamber-of-representatives", "ma-chamber-of-councillors",
    "ma-royal-cabinet", "ma-interior", "ma-culture-communication", "ma-anti-blackmail-center",
    "qa-aljazeera", "ae-alarabiya", "gb-bbc-arabic", "fr-france24-arabic", "ae-skynews-arabia",
    "ru-rt-arabic", "ae-cnn-arabic", "fr-france24", "fr-rfi", "fr-lemonde",
    # version 2026113001
    "ma-24saa", "ma-yabiladi", "ma-akhbarona", "ma-h24info", "ma-leconomiste", "ma-lnt", "ma-aljarida24",
    "ma-tanja24", "ma-almaghreb24", "ma-foreign-affairs",
    # version 2026113002
    "ma-tizpress", "ma-anfaspress", "ma-almountakhab", "ma-fesnews", "ma-dakhlanews",
    "ma-casablanca-police", "ma-rabat-police", "ma-fes-police", "ma-marrakech-police", "ma-tanger-police",
    "ma-agadir-police", "ma-meknes-police", "ma-oujda-police", "ma-kenitra-police", "ma-laayoune-police",
    # version 2026113003
    "ma-presstetouan", "ma-uca", "ma-wandaloo", "eg-youm7", "eg-masrawy", "eg-almasryalyoum", "sa-okaz",
    # version 2026113004
    "jo-ammonnews", "eg-vetogate",
    # version 2026120101
    "dz-ennahar", "ma-inwi", "ma-orange", "dz-elkhabar", "eg-elwatannews", "eg-shorouknews",
    "eg-akhbarelyom", "eg-albawabhnews", "ae-albayan", "dz-tsa", "lb-lebanon24", "jo-alghad",
    "sa-aawsat", "gb-alquds-alarabi", "eg-elbalad", "jo-khaberni", "tn-alchourouk", "eg-yallakora",
    "sa-rotana", "tn-nessma", "lb-lbci", "eg-masralarabia", "ye-almasdaronline",
    "ly-alwasat", "sa-sayidaty", "ae-alittihad", "bh-alayam", "eg-elmogaz", "dz-djezzy",
    "tn-ooredoo", "dz-lexpression", "eg-almesryoon", "ps-maannews", "gb-alarab", "sa-spa",
    "tn-elhiwar", "ps-wafa", "dz-elbilad", "bh-akhbar-alkhaleej", "sa-al-madina", "eg-btolat",
    # version 2026120102
    "eg-sasapost", "dz-elmoudjahid", "ly-218tv", "dz-dzfoot",
    # version 2026120104
    "ma-hcp", "eg-capmas", "iq-cosit", "jo-dos", "kw-csb", "ps-pcbs", "sa-gastat", "tn-ins",
    "ye-cso", "sd-cbs", "sa-almowaten", "om-shabiba", "lb-mtv", "qa-alarab",
    "sa-aleqt", "jo-roya",
    "jo-addustour", "eg-ahram", "qa-alwatan", "bh-albilad", "lb-nna", "dz-algerie1",
    "kw-alseyassah", "eg-mansoura-university", "eg-zagazig-university",
    "jo-yarmouk-university",
    "jo-hashemite-university", "qa-qatar-university", "bh-uob",
    # version 2026120105
    "ae-aus",
    "om-timesofoman", "om-muscatdaily", "qa-gulftimes",
    "qa-peninsula", "sa-arabnews", "sa-saudigazette", "eg-egyptindependent", "eg-dotmsr",
    # version 2026120107
    "bh-batelco", "tn-orange", "jo-royal-jordanian",
    "bh-gulfair", "ps-jawwal", "ly-libyana", "kw-kfh", "sa-saudia",
    "eg-egyptair", "ps-bank-of-palestine",
    # version 2026120108
    "lb-naharnet",
]

# What kind of source an address was seen in, and the confidence it earns.
CONFIDENCE = {
    "first_party_html": "high",       # the entity's own site (a snapshot of its HTML)
    "first_party_html_copy": "high",  # a saved copy of the entity's own page
    "first_party_code": "high",       # the entity's own code for its site
    "curated_dataset": "medium",      # a curated dataset (Wikidata P2013, a list of official accounts)
    "third_party_code": "low",        # someone else's code, test or scraper using the page
}

# Aliases in the research that are not names the entity goes by.
NOT_A_NAME = {
    "محمد بلمهيدي",  # the anti-blackmail center's founder, a person
}

SEEN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def clean(name):
    # "Le360 Arabic (le360.ma/ar)" -> "Le360 Arabic": the bracket is a research note.
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


def problem(entity, message):
    sys.exit(f"{EVIDENCE}: {entity.get('id', '?')}: {message}")


def entry(research):
    names = []
    for name in (research["names"].get("ar", []) + research["names"].get("fr", [])
                 + research["names"].get("en", []) + research.get("aliases", [])):
        name = clean(name)
        if name and name not in names and name not in NOT_A_NAME:
            names.append(name)
    accounts, sources = [], []
    for address in research.get("facebook") or []:
        if not (address.get("id") or address.get("handle")):
            problem(research, "an address with neither id nor handle")
        if not address.get("evidence"):
            problem(research, f"{address.get('id') or address.get('handle')}: no evidence")
        if address.get("source_type") not in CONFIDENCE:
            problem(research, f"source_type {address.get('source_type')!r} is not one of {sorted(CONFIDENCE)}")
        confidence = CONFIDENCE[address["source_type"]]
        if address.get("confidence") != confidence:
            problem(research, f"confidence {address.get('confidence')!r}, but a {address['source_type']} source is {confidence!r}")
        if address.get("seen") and not SEEN.match(address["seen"]):
            problem(research, f"seen {address['seen']!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        account = {"platform": "facebook"}
        if address.get("id"):
            account["id"] = address["id"]
        if address.get("handle"):
            account["handle"] = address["handle"]
        account["confidence"] = confidence
        if address.get("seen"):
            account["seen"] = address["seen"]
        account["sources"] = [address["evidence"]]
        accounts.append(account)
        if address["evidence"] not in sources:
            sources.append(address["evidence"])
    out = {"id": research["id"], "kind": research["kind"], "names": names, "country": research["country"]}
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
    ids = [r.get("id") for r in research]
    for r in research:
        if not r.get("id") or not re.fullmatch(r"[a-z0-9-]+", r["id"]):
            problem(r, "every entity needs an entry id ([a-z0-9-]+)")
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        sys.exit(f"{EVIDENCE}: entry ids used twice: {', '.join(duplicated)}")
    missing = [i for i in PUBLISHED_IDS if i not in ids]
    if missing:
        sys.exit(f"{EVIDENCE}: published entry ids are gone (ids are a promise; never rename or drop one): {', '.join(missing)}")
    listing = {
        "format": "asli.list.v1",
        "name": "Morocco and Arabic-language news: verified outlets, institutions and officials",
        "publisher": "Asli project",
        "version": VERSION,
        "entries": [entry(r) for r in research],
    }
    OUT.write_text(json.dumps(listing, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with_account = sum(1 for e in listing["entries"] if e["accounts"])
    print(f"wrote {OUT} ({len(research)} entries, {with_account} with an evidenced account)")


if __name__ == "__main__":
    main()
