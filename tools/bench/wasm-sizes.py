#!/usr/bin/env python3
"""What each part of a wasm module costs: its sections, the code bytes of
each crate or module (DEPTH path segments: 2 by default) and the largest
functions, read from the name section; the data, with the engine's text
tables (`const NAME: &str` of src/, 300 bytes or more) found in it.

The shipped module has no name section (scripts/build removes it): make one
with it from the same build, then read it:

    wasm-bindgen --target web --no-typescript --keep-debug --out-dir /tmp/wb \
        target/wasm32-unknown-unknown/release/asli_wasm.wasm
    python3 tools/bench/wasm-sizes.py /tmp/wb/asli_wasm_bg.wasm [DEPTH]

Sizes are raw bytes, and beside them what each part costs gzipped: the
whole module as shipped (without its custom sections: names, producers)
gzipped, less the same without that part (what leaving it out would save;
gzip -9, as the site's size is counted). The
parts' gzipped costs do not add up to the whole: gzip finds repeats across
parts.
"""
import collections
import pathlib
import re
import sys
import zlib

SRC = pathlib.Path(__file__).resolve().parent.parent.parent / "src"


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def demangle(name):
    """Path of a Rust mangled symbol (legacy _ZN...E; v0 _R... roughly: its
    identifiers, crate hashes dropped), else the name itself."""
    if name.startswith("_R"):
        idents = [m.group(2) for m in re.finditer(r"(\d+)_?([A-Za-z_][A-Za-z0-9_]*)", name[2:]) if len(m.group(2)) == int(m.group(1))]
        return "::".join(idents)
    if not name.startswith("_ZN"):
        return name
    parts, i = [], 3
    while i < len(name) and name[i].isdigit():
        m = re.match(r"\d+", name[i:])
        n = int(m.group())
        i += len(m.group())
        parts.append(name[i : i + n])
        i += n
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    return "::".join(p.replace("$LT$", "<").replace("$GT$", ">").replace("$u20$", " ").replace("..", "::") for p in parts)


def gz(data):
    return len(zlib.compress(data, 9))


class Shipped:
    """The module as shipped: its bytes without the custom sections, and what
    leaving parts of it out saves gzipped."""

    def __init__(self, b, sections):
        self.kept = [(start, end) for sid, _, start, end in sections if sid != 0]
        self.bytes = b[:8] + b"".join(b[start:end] for start, end in self.kept)
        self.gz = gz(self.bytes)

    def at(self, pos):
        """Where byte `pos` of the module read is in the shipped bytes (None: in a custom section)."""
        out = 8
        for start, end in self.kept:
            if start <= pos < end:
                return out + pos - start
            out += end - start
        return None

    def saved(self, parts):
        """Gzipped bytes saved by leaving `parts` ((start, end) ranges of the module read) out."""
        spans = sorted((self.at(s), self.at(s) + e - s) for s, e in parts if self.at(s) is not None)
        kept, at = [], 0
        for start, end in spans:
            kept.append(self.bytes[at:start])
            at = max(at, end)
        kept.append(self.bytes[at:])
        return self.gz - gz(b"".join(kept))


def tables(b, shipped, start, size):
    """The engine's text tables found in the data section (`start`, `size` in `b`), largest first."""
    data = b[start : start + size]
    found = []
    for path in SRC.rglob("*.rs"):
        for m in re.finditer(r'const ([A-Z_0-9]+): &str = "((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8"), re.S):
            text = re.sub(r"\\\n\s*", "", m.group(2)).replace('\\"', '"').replace("\\\\", "\\").encode()
            if len(text) >= 300 and text in data:
                at = start + data.index(text)
                found.append((len(text), f"{path.relative_to(SRC)}:{m.group(1)}", (at, at + len(text))))
    spans = [span for _, _, span in found]
    print(f"  text tables found in it: {sum(n for n, _, _ in found):,} bytes, {shipped.saved(spans):,} gzipped")
    for n, name, span in sorted(found, reverse=True)[:10]:
        print(f"    {n:>9,} {shipped.saved([span]):>8,} gz  {name}")


def main():
    b = open(sys.argv[1], "rb").read()
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    i = 8
    sections = []
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        name = ""
        if sid == 0:
            n, k = leb(b, j)
            name = b[k : k + n].decode()
        sections.append((sid, name, j, size, i))
        i = j + size
    shipped = Shipped(b, [(sid, name, start, j + size) for sid, name, j, size, start in sections])
    sections = [s[:4] for s in sections]
    kinds = {0: "custom", 1: "type", 2: "import", 3: "function", 5: "memory", 6: "global", 7: "export", 9: "elem", 10: "code", 11: "data", 12: "datacount"}
    print(f"module: {len(b):,} bytes; as shipped {len(shipped.bytes):,}, {shipped.gz:,} gzipped")
    for sid, name, start, size in sections:
        print(f"  section {kinds.get(sid, sid):9} {name:24} {size:>10,} {shipped.saved([(start, start + size)]):>8,} gz")
    imports = 0
    for sid, _, start, size in sections:
        if sid == 2:
            count, k = leb(b, start)
            for _ in range(count):
                for _ in range(2):
                    n, k = leb(b, k)
                    k += n
                kind = b[k]
                k += 1
                if kind == 0:
                    _, k = leb(b, k)
                    imports += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(b, k)
                    _, k = leb(b, k)
                    if flags & 1:
                        _, k = leb(b, k)
                elif kind == 2:
                    flags, k = leb(b, k)
                    _, k = leb(b, k)
                    if flags & 1:
                        _, k = leb(b, k)
                else:
                    k += 2
    names = {}
    for sid, name, start, size in sections:
        if sid == 0 and name == "name":
            n, k = leb(b, start)
            k += n
            end = start + size
            while k < end:
                sub = b[k]
                sz, k = leb(b, k + 1)
                if sub == 1:
                    count, m = leb(b, k)
                    for _ in range(count):
                        idx, m = leb(b, m)
                        ln, m = leb(b, m)
                        names[idx] = demangle(b[m : m + ln].decode(errors="replace"))
                        m += ln
                k += sz
    funcs = []
    for sid, _, start, size in sections:
        if sid == 10:
            count, k = leb(b, start)
            for f in range(count):
                sz, m = leb(b, k)
                funcs.append((m + sz - k, names.get(imports + f, f"func{imports + f}"), (k, m + sz)))
                k = m + sz
        if sid == 11:
            count, k = leb(b, start)
            segs = []
            for _ in range(count):
                flags, k = leb(b, k)
                if flags == 0:
                    while b[k] != 0x0B:
                        k += 1
                    k += 1
                elif flags == 2:
                    _, k = leb(b, k)
                    while b[k] != 0x0B:
                        k += 1
                    k += 1
                n, k = leb(b, k)
                segs.append(n)
                k += n
            print(f"data: {len(segs)} segments, {sum(segs):,} bytes")
            tables(b, shipped, start, size)
    total = sum(s for s, _, _ in funcs)
    print(f"code: {len(funcs)} functions, {total:,} bytes, {shipped.saved([span for _, _, span in funcs]):,} gzipped")
    groups = collections.Counter()
    spans = collections.defaultdict(list)
    for s, n, span in funcs:
        # `<X as Y>::f` counts as X's; crate hashes (`core[0123abcd]`) dropped.
        path = re.sub(r"\[[0-9a-f]{16}\]", "", n)
        path = re.sub(r"^_?<(\$RF\$|&)?(mut )?(\[)?", "", path)
        path = re.split(r"[<> ]", path)[0].split("::")
        groups["::".join(path[:depth])] += s
        spans["::".join(path[:depth])].append(span)
    for g, s in groups.most_common(40):
        print(f"  {s:>9,} {100 * s / total:5.1f}% {shipped.saved(spans[g]):>8,} gz  {g}")
    print("largest functions:")
    for s, n, span in sorted(funcs, reverse=True)[:25]:
        print(f"  {s:>9,} {shipped.saved([span]):>8,} gz  {n[:140]}")


main()
