#!/usr/bin/env python3
"""Generates tests/corpus/generated.tsv: disguised names (impersonations) and
hard innocent names, from the bundled list lists/morocco.json.

Deterministic: a fixed seed, the list's entries in file order, no clock.
Run from the repository root:  python3 tools/gen-corpus.py
Columns: family, expected verdict, expected entry (or -), name, extra profile
fields as JSON (or -), note. Tabs and newlines never occur in names.
"""
import argparse
import json
import random
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIST = json.loads((ROOT / "lists" / "morocco.json").read_text(encoding="utf-8"))
_args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
_args.add_argument("--seed", type=int, default=20261123, help="another seed gives a fresh held-out sample")
_args.add_argument("--out", default=str(ROOT / "tests" / "corpus" / "generated.tsv"))
ARGS = _args.parse_args()
OUT = Path(ARGS.out)
rng = random.Random(ARGS.seed)

ENTRIES = LIST["entries"]


def has_accounts(e):
    return any(a.get("platform", "facebook") == "facebook" for a in e.get("accounts", []))


def expected_warning(e):
    return "impersonation" if has_accounts(e) else "suspicious"


def is_arabic(ch):
    return "\u0600" <= ch <= "\u06ff"


def arabic_name(n):
    return any(is_arabic(c) for c in n) and not any("a" <= c.lower() <= "z" for c in n)


def latin_name(n):
    return any("a" <= c.lower() <= "z" for c in n) and not any(is_arabic(c) for c in n)


COMMON = set("""radio tv news info presse press journal media medias magazine mag express monde matin soir jour today
daily post times hebdo direct live arabic arabe arabia arab international internationale national nationale
general generale direction directorate ministere ministry chambre house cabinet royal royale government
gouvernement police surete security center centre agence agency council conseil conseillers councillors
representants representatives parlement parliament chef head porte parole spokesperson jeunesse culture
communication interieur interior youth group groupe sport sports channel chaine maghreb prefecture wilaya
surveillance territoire territorial moroccan morocco maroc protection primature royaume kingdom network hit top
de du la le les l d of al el et and the for from fr com ma net
جريدة وكالة قناة مجلس وزارة رئيس رئاسة مركز ولاية أمن راديو تيفي إذاعة أخبار عربي عربية نيوز بريس نت صحيفة بلاغ ديوان الناطق باسم
for des les pour with page fans fan club news info infos official officiel officielle live tv 24 hd online web site english french
casablanca rabat fes fès marrakech tanger agadir oujda tetouan tétouan meknes meknès kenitra nador hoceima
صفحة أخبار عاجل تي في لايف مباشر نيوز موقع المغرب مغربي المغربية الرسمية الرسمي رسمي اليوم
بالعربية عربي الدار البيضاء الرباط فاس مراكش طنجة أكادير وجدة تطوان مكناس القنيطرة العيون الحسيمة""".split())


def fold_simple(w):
    w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w.lower()


def words(n):
    out, cur = [], ""
    for c in n + " ":
        if c.isalnum():
            cur += c
        else:
            if cur:
                # glued decorations split off, as the engine's tokenizer does
                for suf in ("officiel", "official", "news", "tv", "24"):
                    if fold_simple(cur).endswith(suf) and len(cur) >= len(suf) + 4 and fold_simple(cur).isascii():
                        out.append(cur[: -len(suf)])
                        cur = cur[-len(suf):]
                        break
                out.append(cur)
            cur = ""
    return out


def is_common_word(w):
    f = fold_simple(w)
    return len(f) <= 2 or f.isdigit() or f in COMMON or w in COMMON or (len(w) >= 4 and (w.startswith("ال") or w.startswith("لل")))


def generic(n):
    ws = words(n)
    return all(is_common_word(w) for w in ws)


def acronym(n):
    ws = words(n)
    return len(ws) == 1 and ws[0].upper() == ws[0] and len(ws[0]) <= 5 and latin_name(n)


def compact_len(n):
    return sum(len(w) for w in words(n))


# Names used for disguises: not a single generic word (those need more than the word).
NAMES = []  # (entry, name)
for e in ENTRIES:
    for n in e["names"]:
        ws = words(n)
        if not ws:
            continue
        if len(ws) == 1 and generic(n):
            continue
        NAMES.append((e, n))

DISTINCTIVE = [(e, n) for e, n in NAMES if not generic(n) and not acronym(n) and compact_len(n) >= 5]
LATIN = [(e, n) for e, n in NAMES if latin_name(n)]
ARABIC = [(e, n) for e, n in NAMES if arabic_name(n)]

rows = []
OWNERS = {}
for _e in ENTRIES:
    for _n in _e["names"]:
        OWNERS.setdefault("".join(words(fold_simple(_n))), []).append(_e["id"])


def entry_ids(e, source):
    """The expected entry; a name several entries declare accepts any of them."""
    owners = OWNERS.get("".join(words(fold_simple(source))), [e["id"]]) if source else [e["id"]]
    if e["id"] not in owners:
        owners = [e["id"]]
    return "|".join(dict.fromkeys([e["id"]] + owners))


def add(family, verdict, entry, name, extra=None, note=""):
    assert "\t" not in name and "\n" not in name
    rows.append((family, verdict, entry or "-", name, json.dumps(extra, ensure_ascii=False) if extra else "-", note))


def sample(pool, k):
    pool = list(pool)
    if len(pool) <= k:
        return pool * (k // max(len(pool), 1)) + pool[: k % max(len(pool), 1)] if pool else []
    return rng.sample(pool, k)


# ---------------------------------------------------------------- disguises
CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
       "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
       "Z": "Ζ", "o": "ο", "i": "ι", "v": "ν", "u": "υ"}


def confusable(n):
    idx = [i for i, c in enumerate(n) if c in CYR or c in GRK]
    if not idx:
        return None
    k = min(len(idx), rng.choice([1, 2, 3, len(idx)]))
    chosen = set(rng.sample(idx, k))
    out = []
    for i, c in enumerate(n):
        if i in chosen:
            table = rng.choice([t for t in (CYR, GRK) if c in t])
            out.append(table[c])
        else:
            out.append(c)
    return "".join(out)


MATH = {"bold": (0x1D400, 0x1D41A, 0x1D7CE), "italic": (0x1D434, 0x1D44E, None), "bold-italic": (0x1D468, 0x1D482, None),
        "script-bold": (0x1D4D0, 0x1D4EA, None), "fraktur-bold": (0x1D56C, 0x1D586, None),
        "double-struck": (0x1D538, 0x1D552, 0x1D7D8), "sans": (0x1D5A0, 0x1D5BA, 0x1D7E2),
        "sans-bold": (0x1D5D4, 0x1D5EE, 0x1D7EC), "monospace": (0x1D670, 0x1D68A, 0x1D7F6)}
HOLES = {0x1D455: "ℎ", 0x1D53A: "ℂ", 0x1D53F: "ℍ", 0x1D545: "ℕ", 0x1D547: "ℙ", 0x1D548: "ℚ", 0x1D549: "ℝ", 0x1D551: "ℤ"}


def math_style(n, style):
    up, low, dig = MATH[style]
    out = []
    for c in n:
        if "A" <= c <= "Z":
            cp = up + ord(c) - 65
        elif "a" <= c <= "z":
            cp = low + ord(c) - 97
        elif "0" <= c <= "9" and dig:
            cp = dig + ord(c) - 48
        else:
            out.append(c)
            continue
        out.append(HOLES.get(cp, chr(cp)))
    return "".join(out)


SMALLCAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))
SUPER = dict(zip("abdeghijklmnoprstuvwxyz", "ᵃᵇᵈᵉᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
SUPER.update(dict(zip("ABDEGHIJKLMNOPRTUW", "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂ")))


def other_style(n, style):
    out = []
    for c in n:
        if style == "fullwidth" and "!" <= c <= "~":
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        elif style == "circled" and c.isascii() and c.isalpha():
            out.append(chr((0x24B6 if c.isupper() else 0x24D0) + ord(c.lower()) - 97))
        elif style == "negative-squared" and c.isascii() and c.isalpha():
            out.append(chr(0x1F170 + ord(c.lower()) - 97))
        elif style == "small-caps" and c.lower() in SMALLCAPS:
            out.append(SMALLCAPS[c.lower()])
        elif style == "superscript" and c in SUPER:
            out.append(SUPER[c])
        else:
            out.append(c)
    return "".join(out)


def arabic_orthography(n):
    swaps = [("ا", "أ"), ("أ", "ا"), ("إ", "ا"), ("ا", "إ"), ("ي", "ى"), ("ي", "ی"), ("ى", "ي"), ("ك", "ک"),
             ("ة", "ه"), ("ه", "ة"), ("آ", "ا"), ("ئ", "ى")]
    opts = [(a, b) for a, b in swaps if a in n]
    if not opts:
        return None
    out = n
    for a, b in rng.sample(opts, min(len(opts), rng.choice([1, 2]))):
        positions = [i for i, c in enumerate(out) if c == a]
        if not positions:
            continue
        i = rng.choice(positions)
        if b == "ة" and i != len(out) - 1:
            continue
        out = out[:i] + b + out[i + 1:]
    return out if out != n else None


HARAKAT = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u064C", "\u064D", "\u0670"]


def tashkeel(n, tatweel=False):
    out = []
    for c in n:
        out.append(c)
        if is_arabic(c) and c not in "اأإآءى":
            r = rng.random()
            if r < 0.45:
                out.append(rng.choice(HARAKAT))
            if tatweel and r > 0.6 and c not in "ةدذرزو":
                out.append("\u0640" * rng.choice([1, 2, 3]))
    return "".join(out)


INVIS = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u00AD", "\u2060", "\uFEFF", "\u061C"]


def invisible(n):
    letters = [i for i, c in enumerate(n) if c.isalnum()]
    if len(letters) < 2:
        return None
    out = list(n)
    for i in sorted(rng.sample(letters[1:], min(len(letters) - 1, rng.choice([1, 2, 3]))), reverse=True):
        out.insert(i, rng.choice(INVIS))
    s = "".join(out)
    if rng.random() < 0.3:
        s = rng.choice(["\u202B", "\u202E", "\u2067", "\u2068"]) + s + rng.choice(["\u202C", "\u2069"])
    return s


def spacing(n):
    mode = rng.choice(["dots", "spaces", "dashes", "join", "underscore", "split"])
    letters = [c for c in n if not c.isspace()]
    if mode == "dots":
        return ".".join(letters)
    if mode == "spaces":
        return " ".join(letters)
    if mode == "dashes":
        return "-".join(letters)
    if mode == "join":
        return "".join(n.split()) if " " in n else n + "."
    if mode == "underscore":
        return "_".join(n.split()) if " " in n else n[: len(n) // 2] + "_" + n[len(n) // 2:]
    i = rng.randrange(2, max(3, len(n) - 1))
    return n[:i] + " " + n[i:]


def typo(n):
    ws = words(n)
    idx = [i for i in range(1, len(n) - 1) if n[i].isalpha() and not n[i - 1].isspace()]
    # keep trailing digits intact, and the first letter
    if not idx:
        return None
    i = rng.choice(idx)
    kind = rng.choice(["double", "drop", "swap", "replace"])
    if kind == "double":
        return n[:i] + n[i] + n[i:]
    if kind == "drop":
        return n[:i] + n[i + 1:]
    if kind == "swap" and n[i + 1].isalpha() and n[i + 1] != n[i]:
        return n[:i] + n[i + 1] + n[i] + n[i + 2:]
    pool = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" if is_arabic(n[i]) else "abcdefghijklmnopqrstuvwxyz"
    c = rng.choice([p for p in pool if p != n[i].lower()])
    return n[:i] + c + n[i + 1:]


# "Fans" is not among them: a page that calls itself a fans' page is no impersonation (docs/reasons.md).
DECOR_LATIN = ["Officiel", "Official", "Officielle", "Page", "News", "TV", "24", "Maroc", "Morocco", "Info", "Web TV", "Live",
               "Page Officielle", "Official Page", "Maroc 24", "News 24", "Live TV", "Actualités", "Direct", "Infos"]
DECOR_ARABIC = ["الرسمية", "الرسمي", "صفحة", "أخبار", "تيفي", "24", "المغرب", "لايف", "مباشر", "عاجل", "الصفحة الرسمية",
                "نيوز", "أونلاين", "المغربية", "أخبار المغرب"]
CITIES = ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir", "Oujda", "Tétouan", "Meknès", "Kénitra", "Nador",
          "الدار البيضاء", "الرباط", "فاس", "مراكش", "طنجة", "أكادير", "وجدة", "تطوان", "مكناس", "القنيطرة", "العيون"]
EMOJI = ["🇲🇦", "✅", "☑️", "✔️", "🔴", "📺", "📰", "⭐", "🇲🇦🇲🇦", "🔥", "📢", "✓"]


def decorate(n):
    pool = DECOR_ARABIC if arabic_name(n) else DECOR_LATIN if latin_name(n) else DECOR_LATIN + DECOR_ARABIC
    d = rng.choice(pool)
    if rng.random() < 0.25:
        return d + " " + n
    return n + rng.choice([" ", " - ", " | ", " • "]) + d


def emoji(n):
    e = rng.choice(EMOJI)
    r = rng.random()
    if r < 0.4:
        return n + " " + e
    if r < 0.7:
        return e + " " + n + " " + rng.choice(EMOJI)
    return e + n


def city(n):
    c = rng.choice(CITIES)
    return n + rng.choice([" ", " - ", " "]) + c


SPELL = [("ch", "sh"), ("sh", "ch"), ("ou", "u"), ("oo", "ou"), ("k", "q"), ("q", "k"), ("c", "k"), ("ss", "s"),
         ("mm", "m"), ("ll", "l"), ("ee", "i"), ("ia", "iya"), ("iya", "ia"), ("ou", "o"), ("e", "é"), ("a", "â")]


def spelling_variant(n):
    opts = [(a, b) for a, b in SPELL if a in n[1:]]
    if not opts:
        return None
    a, b = rng.choice(opts)
    i = n.index(a, 1)
    return n[:i] + b + n[i + len(a):]


LEET = {"e": "3", "a": "4", "o": "0", "s": "5", "l": "1"}


def leet(n):
    idx = [i for i, c in enumerate(n) if c.lower() in LEET and i > 0]
    if not idx:
        return None
    out = list(n)
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 2]))):
        out[i] = LEET[out[i].lower()]
    return "".join(out)


def glued(n):
    d = rng.choice(["Officiel", "Official", "News", "TV", "24", "Maroc", "Info"])
    return "".join(n.split()) + d


def html(n):
    return rng.choice(["<b>{}</b>", "<span>{}</span> &amp; news", "{}&nbsp;Officiel", "<i>{}</i>", "{} <br/>"]).format(n)


def emit(family, pool, fn, k, verdict=None, note=""):
    made = 0
    tries = 0
    seen = set()
    while made < k and tries < k * 20 and pool:
        tries += 1
        e, n = rng.choice(pool)
        out = fn(n)
        if not out or out == n and family not in ("exact-copy",) or out in seen:
            continue
        seen.add(out)
        add(family, verdict or expected_warning(e), entry_ids(e, n), out, note=note or f"from {n!r}")
        made += 1


emit("exact-copy", NAMES, lambda n: n, 60)
emit("confusable-cyrillic-greek", [x for x in LATIN if not acronym(x[1]) or len(words(x[1])[0]) > 3], confusable, 90)
for style in MATH:
    emit("styled-math", LATIN, lambda n, s=style: math_style(n, s), 12, note=f"math {style}")
for style in ["fullwidth", "circled", "negative-squared", "small-caps", "superscript"]:
    emit("styled-other", [x for x in LATIN if style != "superscript" or not acronym(x[1])], lambda n, s=style: other_style(n, s), 16, note=style)
emit("arabic-orthography", [x for x in ARABIC if not generic(x[1]) or len(words(x[1])) > 1], arabic_orthography, 70)
emit("tashkeel", ARABIC, lambda n: tashkeel(n), 50)
emit("tatweel", ARABIC, lambda n: tashkeel(n, tatweel=True), 50)
emit("invisible-bidi", NAMES, invisible, 80)
emit("spacing-punctuation", [x for x in NAMES if not acronym(x[1])], spacing, 80)
emit("typo", [x for x in DISTINCTIVE if compact_len(x[1]) >= 6], typo, 90)
emit("decorated-words", NAMES, decorate, 90)
emit("emoji-flags-badge", NAMES, emoji, 70)
emit("city-suffix", NAMES, city, 60)
emit("spelling-variant", [x for x in DISTINCTIVE if latin_name(x[1]) and compact_len(x[1]) >= 6], spelling_variant, 50)
emit("leetspeak", [x for x in DISTINCTIVE if latin_name(x[1]) and compact_len(x[1]) >= 6], leet, 30)
emit("glued-decoration", [x for x in DISTINCTIVE if latin_name(x[1]) and "." not in x[1]], glued, 40)
emit("html-markup", NAMES, html, 30)

ACRONYMS = [(e, n) for e, n in NAMES if acronym(n)]
emit("abbreviation", ACRONYMS, lambda n: rng.choice([n, n + " " + rng.choice(["Maroc", "Officiel", "Official", "TV", "Live", "24", "✅", "🇲🇦", "المغرب", "الرسمية"])]), 40)

EXTRA_WORDS = ["Sport", "Sports", "Économie", "Immobilier", "Auto", "Culture", "Jeunes", "Vidéos", "Replay", "Podcast",
               "رياضة", "اقتصاد", "فن", "ثقافة", "شباب", "منوعات", "صوت", "Business", "Tech", "Santé"]
# Latin renderings of an entry's generic Arabic name ("Assabah" for الصباح) are as
# generic as the word: not used for names embedded in longer ones.
GENERIC_AR_ENTRIES = {e["id"] for e in ENTRIES for n in e["names"] if arabic_name(n) and generic(n)}
CONTAINABLE = [x for x in DISTINCTIVE if x[0]["kind"] != "official" and not (x[0]["id"] in GENERIC_AR_ENTRIES and latin_name(x[1]))]
emit("name-contains", CONTAINABLE,
     lambda n: rng.choice(["{} {}", "{1} {0}", "{} {} Maroc"]).format(n, rng.choice(EXTRA_WORDS)), 60, verdict="suspicious")

SIMPLE = [confusable, invisible, spacing, decorate, emoji, city, lambda n: math_style(n, rng.choice(list(MATH))),
          lambda n: other_style(n, rng.choice(["fullwidth", "circled", "small-caps"])), arabic_orthography, tashkeel]


def combo(k):
    def f(n):
        out = n
        fns = rng.sample(SIMPLE, k)
        # spacing first, decorations last: they must not reshape each other
        for fn in sorted(fns, key=lambda g: (g in (decorate, emoji, city), g is not spacing)):
            r = fn(out)
            if r:
                out = r
        return out if out != n else None
    return f


emit("combo-2", [x for x in NAMES if not acronym(x[1])], combo(2), 90)
emit("combo-3", [x for x in NAMES if not acronym(x[1])], combo(3), 90)
emit("typo-plus-decoration", [x for x in DISTINCTIVE if compact_len(x[1]) >= 6], lambda n: (lambda t: t and decorate(t))(typo(n)), 50)

# Generic names need more than the word: with an "official" claim or a badge they warn.
GENERIC_ONE = [(e, n) for e in ENTRIES for n in e["names"] if len(words(n)) == 1 and generic(n) and not acronym(n)]
emit("generic-with-official-claim", GENERIC_ONE, lambda n: n + " " + rng.choice(["الرسمية", "الرسمي", "Officiel", "Official", "✅", "☑️"]), 30, verdict="suspicious")

# ---------------------------------------------------------------- innocents
def innocent(family, name, extra=None, note=""):
    add(family, "unknown", None, name, extra, note)


# Names sharing a word with an entry: replace a word of a multi-word name.
REPLACE_AR = ["الغذائي", "الصحي", "الرياضي", "الثقافي", "الجهوي", "المحلي", "الطلابي", "المدني", "البيئي", "الصحة",
              "التعليم", "الفلاحة", "السياحة", "الشباب", "الطلبة", "الأطباء", "المحامين", "الجماعة", "الحي", "الأسرة"]
REPLACE_LA = ["Telecom", "Mars", "Santé", "Sport", "Voyage", "Immobilier", "Cuisine", "Mode", "Jeunesse", "Musique",
              "Football", "Auto", "Cinéma", "Nature", "Famille", "Étudiants", "Avocats", "Médecins", "Pharmacie", "Bio"]
multi = [(e, n) for e, n in NAMES if len(words(n)) >= 2]
made = 0
all_names = {fold_simple(n) for e in ENTRIES for n in e["names"]}
tries = 0
while made < 220 and tries < 5000:
    tries += 1
    e, n = rng.choice(multi)
    ws = n.split()
    if len(ws) < 2:
        continue
    # keep the common words, replace the distinctive ones (all of them): the
    # result shares only common words with the entry
    distinct = [i for i, w in enumerate(ws) if not all(is_common_word(x) for x in words(w))]
    if distinct and len(distinct) == len(ws):
        continue
    cand = distinct or [i for i, w in enumerate(ws) if len(w) > 2][-1:]
    if not cand:
        continue
    ws2 = ws[:]
    for i in cand:
        pool = REPLACE_AR if is_arabic(ws[i][0]) else REPLACE_LA
        ws2[i] = rng.choice(pool)
    out = " ".join(ws2)
    if fold_simple(out) in all_names:
        continue
    innocent("shared-common-word", out, note=f"one word of {n!r} replaced")
    made += 1
for n in ["الأمن الغذائي", "Maroc Telecom", "Radio Mars", "الأمن الغذائي المغربي", "Radio Mars Maroc", "Maroc Telecom Officiel",
          "مجلس الجهة", "وزارة الصحة", "وزارة الفلاحة", "Chambre de Commerce de Casablanca", "Le Matin du Sahara et du Maghreb",
          "Radio Plus Agadir", "Radio Aswat", "MFM Radio", "Chada FM", "Luxe Radio", "Radio Medina FM", "Médi Telecom",
          "الأحداث الرياضية", "الأخبار الرياضية", "العمق الاستراتيجي", "قناة الرياضية", "القناة الأولى للأطفال"]:
    innocent("shared-common-word", n, note="hand-picked")

FIRST_AR = ["محمد", "أحمد", "يوسف", "عبد الله", "خالد", "سعيد", "رشيد", "مصطفى", "حسن", "فاطمة", "خديجة", "مريم", "سناء", "كريم", "نادية",
            "عبد الرحيم", "عبد الإله", "إدريس", "هشام", "سمير", "ليلى", "زينب", "عمر", "ياسين", "أمين"]
LAST_AR = ["العلوي", "بنعلي", "الإدريسي", "بناني", "التازي", "الفاسي", "بوزيد", "المنصوري", "الحسني", "الشرقاوي", "بنكيران",
           "الزياني", "العمراني", "السباعي", "الرحماني", "بلحاج", "القادري", "الوزاني", "بنجلون", "العثماني"]
FIRST_LA = ["Mohamed", "Ahmed", "Youssef", "Abdellah", "Khalid", "Said", "Rachid", "Mustapha", "Hassan", "Fatima", "Khadija",
            "Meryem", "Sanaa", "Karim", "Nadia", "Abderrahim", "Driss", "Hicham", "Samir", "Leila", "Zineb", "Omar", "Yassine", "Amine"]
LAST_LA = ["Alaoui", "Benali", "Idrissi", "Bennani", "Tazi", "Fassi", "Bouzid", "Mansouri", "Hasani", "Cherkaoui", "Benkirane",
           "Ziani", "Amrani", "Sbai", "Rahmani", "Belhaj", "Kadiri", "Ouazzani", "Benjelloun", "El Othmani"]
OFFICIAL_PARTS = {"first": ["عبد اللطيف", "Abdellatif", "Abdelatif", "بوبكر", "Boubker"],
                  "last": ["حموشي", "Hammouchi", "سبيك", "Sabik"]}
seen = set()
while len(seen) < 160:
    if rng.random() < 0.5:
        n = rng.choice(FIRST_AR) + " " + rng.choice(LAST_AR)
    else:
        n = rng.choice(FIRST_LA) + " " + rng.choice(LAST_LA)
    if n not in seen:
        seen.add(n)
        innocent("people-names", n)
seen = set()
while len(seen) < 120:
    r = rng.random()
    if r < 0.5:
        last = rng.choice(OFFICIAL_PARTS["last"])
        first = rng.choice(FIRST_AR) if is_arabic(last[0]) else rng.choice(FIRST_LA)
        n = f"{first} {last}"
    else:
        first = rng.choice(OFFICIAL_PARTS["first"])
        last = rng.choice(LAST_AR) if is_arabic(first[0]) else rng.choice(LAST_LA)
        n = f"{first} {last}"
    if n not in seen:
        seen.add(n)
        innocent("shares-name-with-official", n)

# Foreign namesakes: the same words, another country.
FOREIGN_AR = ["التونسية", "الجزائرية", "اللبنانية", "الموريتانية", "المصرية", "تونس", "الجزائر", "لبنان"]
FOREIGN_LA = ["Algérie", "Tunisie", "Algeria", "Tunisia", "Liban", "Mauritanie", "DZ", "Egypte"]
shared = [(e, n) for e in ENTRIES for n in e["names"] if e.get("country") == "MA" and "." not in n and (generic(n) or acronym(n))]
seen = set()
tries = 0
while len(seen) < 120 and tries < 3000:
    tries += 1
    e, n = rng.choice(shared)
    f = rng.choice(FOREIGN_AR) if arabic_name(n) else rng.choice(FOREIGN_LA)
    out = f"{n} {f}"
    if out not in seen:
        seen.add(out)
        innocent("foreign-namesake", out, note=f"{e['id']} name, another country")
seen = set()
tries = 0
while len(seen) < 60 and tries < 3000:
    tries += 1
    e, n = rng.choice(shared)
    cc = rng.choice(["TN", "DZ", "LB", "MR", "EG"])
    if (n, cc) in seen:
        continue
    seen.add((n, cc))
    # Managers abroad never exonerate (pages run from abroad are the typical
    # impersonator): an exact copy managed from abroad is a careful warning.
    # A single dictionary word stays a word, wherever its managers are.
    if generic(n) and len(words(n)) == 1 and not acronym(n) and not any(c.isdigit() for c in n):
        innocent("foreign-namesake-managers", n, {"manager_countries": [cc]}, note=f"{e['id']} name, managed from {cc}")
    else:
        add("copy-managed-abroad", "suspicious", e["id"], n, {"manager_countries": [cc]}, note=f"{e['id']} name, managed from {cc}")

GENERIC_WORDS = ["العاصمة", "الأخبار", "العربية", "الأولى", "الصباح", "الأحداث", "العمق", "البرلمان", "الجزيرة", "Info", "News",
                 "Actualités", "Infos", "Akhbar", "أخبار", "عاجل", "Radio", "TV", "Journal", "Le Journal", "L'Info", "Presse",
                 "اليوم", "الخبر", "المساء", "الشروق", "النهار", "الوطن", "Maroc", "المغرب", "Morocco", "Le Monde Arabe"]
# Not "TV", "جريدة" and other words naming an outlet: beside a listed generic
# name they say which outlet is meant (support, by rule: "جريدة العاصمة").
GENERIC_DECOR = ["24", "Maroc", "المغرب", "اليوم", "Live", "الآن", "Casablanca", "الرباط", "news", "أخبار", "Plus", "7/7",
                 "Express", "Online", "عاجل", "🇲🇦", "📰"]
LISTED_NAMES = {fold_simple(n) for e in ENTRIES for n in e["names"]}
seen = set()
for w in GENERIC_WORDS:
    seen.add(w)
    innocent("generic-words", w)
while len(seen) < 200:
    w = rng.choice(GENERIC_WORDS)
    d = rng.choice(GENERIC_DECOR)
    out = rng.choice(["{} {}", "{1} {0}"]).format(w, d)
    # a listed name is no generic phrase ("المغرب 24" is an outlet's name)
    if out not in seen and fold_simple(out) not in LISTED_NAMES:
        seen.add(out)
        innocent("generic-words", out)

# Near misses that Chromium-style care must not flag.
for e in ENTRIES:
    for n in e["names"]:
        ws = words(n)
        comp = "".join(ws)
        # ASCII digits only: str.isdigit() is also true of Arabic-Indic digits ("لبنان ٢٤"),
        # which rstrip("0123456789") below would not strip.
        if n[-1] in "0123456789" and not acronym(n):
            k = len(n) - len(n.rstrip("0123456789"))
            num = int(n[-k:])
            innocent("near-miss-digits", n[:-k] + str(num + rng.choice([1, 2, 7, 11])), note=f"trailing digits of {n!r}")
        if latin_name(n) and 3 <= len(comp) <= 6 and not acronym(n):
            pool = [c for c in "bcdfgklmnprstvz" if c != comp[0].lower()]
            out = rng.choice(pool).upper() + n[1:]
            if fold_simple(out) not in all_names:
                innocent("near-miss-first-letter", out, note=f"first letter of short {n!r}")
        if acronym(n) and len(comp) <= 3:
            innocent("acronym-as-word", n.lower().capitalize() + rng.choice(["", " Cafe", " Store", " Immobilier", " Design"]),
                     note=f"{n!r} as an ordinary word")
        if acronym(n):
            innocent("acronym-in-other-name", n + " " + rng.choice(["Consulting", "Auto", "Design", "Immobilier", "Transport", "Sarl"]),
                     note=f"{n!r} inside a company name")

# "الشرق الأوسط" (Asharq Al-Awsat's masthead) left BRANDS when the paper joined the
# bundled list (sa-aawsat, 2026120101); its listed names are "جريدة/صحيفة الشرق الأوسط".
BRANDS = ["Maroc Telecom", "Inwi", "Orange Maroc", "Royal Air Maroc", "Attijariwafa bank", "Banque Populaire", "BMCE Bank",
          "Wydad Athletic Club", "Raja Club Athletic", "Marjane", "OCP Group", "ONCF", "Lydec", "Label'Vie", "Hassania Agadir",
          "FAR Rabat", "Moghreb Tétouan", "Ittihad Tanger", "Akhbar Alyaoum", "أخبار اليوم", "المساء", "الأيام 24", "هسبورت",
          "Hesport", "Le Desk", "Le Site Info", "Kifache", "Febrayer", "فبراير", "Al Massae", "Alousboue", "الأسبوع",
          "Chaabi Radio", "Radio Mars", "Hit Parade Maroc", "Atlas Info", "Maroc Diplomatique", "Le Reporter",
          "La Vie Eco", "Challenge", "Aujourd'hui le Maroc", "Libération", "L'Opinion", "Al Bayane", "Rissalat Al Oumma",
          "Al Alam", "العلم", "بيان اليوم", "رسالة الأمة", "الاتحاد الاشتراكي", "الصحراء المغربية", "Le Matin du Sahara",
          "Sky Sports", "BBC Sport", "CNN International", "France Inter", "France Culture", "Radio Canada", "Euronews",
          "Al Hurra", "الحرة", "الميادين", "العربي الجديد", "الشرق", "Asharq News", "Al Araby TV",
          "TRT عربي", "DW عربية", "Monte Carlo Doualiya", "مونت كارلو الدولية", "Le Monde Diplomatique", "Le Monde Afrique",
          "Medi Telecom", "Médina Store", "Chouf Chouf Shop", "Telquelle Boutique", "Goudron Maroc", "Hespéris Hôtel",
          "Hesperis", "Barlamani Auto", "Radio Tetouan", "Ville de Tétouan", "ولاية أمن طنجة", "ولاية أمن الرباط", "أمن طنجة",
          "Préfecture de police de Rabat", "Wilaya de sûreté de Casablanca", "مجلس جهة الرباط", "Chambre d'agriculture",
          "House of Lords", "Ministry of Health", "Ministère de la Santé", "وزارة الصحة والحماية الاجتماعية",
          "المركز المغربي لحقوق الإنسان", "Moroccan Center for Policy", "Royal Guard Fans", "Cabinet Dentaire Royal",
          "الديوان الوطني للسكك الحديدية", "المديرية العامة للضرائب", "المديرية العامة للجماعات الترابية",
          "Direction Générale des Impôts", "General Directorate of Taxes", "Agence Nationale des Ports", "Map of Morocco",
          "Maps Maroc", "2M Maroc Fans Club de foot?", "RFI Afrique Musique Fans"]
LISTED_NAMES = {unicodedata.normalize("NFC", n).casefold() for e in ENTRIES for n in e["names"]}
for b in BRANDS:
    if b in ("2M Maroc Fans Club de foot?", "RFI Afrique Musique Fans"):
        continue
    if unicodedata.normalize("NFC", b).casefold() in LISTED_NAMES:
        continue  # a real page that has since joined the list is no longer unrelated (e.g. the police wilayas)
    innocent("unrelated-real-pages", b)

# The entity's own declared pages: verified, never warned.
for e in ENTRIES:
    for a in e.get("accounts", []):
        name = rng.choice(e["names"])
        if a.get("id"):
            add("declared-pages", "verified", e["id"], name, {"id": a["id"]})
            add("declared-pages", "verified", e["id"], decorate(name), {"id": a["id"]}, note="decorated name, listed id")
        if a.get("handle"):
            h = a["handle"]
            add("declared-pages", "verified", e["id"], name, {"handle": h.lower() if rng.random() < 0.5 else h.upper()})

# Garbage that must not crash or warn.
for g in ["", " ", "✅", "🇲🇦🇲🇦🇲🇦", "....", "<b></b>", "&amp;", "\u202E\u202C", "ـــ", "١٢٣", "24", "TV", "a", "ال",
          "<script>alert(1)</script>", "&#x202E;", "\u200B" * 50, "x" * 300, "أ" * 200, "Info " * 100]:
    innocent("garbage", g.replace("\t", " "))

with OUT.open("w", encoding="utf-8") as f:
    f.write("# family\texpected\tentry\tname\textra\tnote\n")
    f.write("# generated by tools/gen-corpus.py from lists/morocco.json; do not edit by hand\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} rows -> {OUT}")
