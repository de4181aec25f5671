#!/usr/bin/python3
"""Checks an annotated HTML page of prextract against the JSON of the same input.

check_page.py INPUT.txt RELEASE.json PAGE.html DOM.html SHOT.png SCRIPT_DOM.html

- SHOT.png is a real, non-blank PNG screenshot;
- PAGE.html (as written) nests its tags properly and references nothing outside itself;
- in DOM.html (Chromium's DOM after load) every span of the JSON's records is highlighted by
  elements of its kind and id whose text is exactly the JSON's text at those offsets, and every
  segment is a block with the segment's text;
- SCRIPT_DOM.html (a page of an input holding <script>) has no script element and shows the
  tag as text.
"""
import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "area", "base", "col", "embed"}
FORBIDDEN = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"}


class Node:
    def __init__(self, tag, attrs):
        self.tag, self.attrs, self.parts = tag, dict(attrs), []

    def text(self):
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)


class Tree(HTMLParser):
    """A strict tree builder: an end tag that does not close the innermost element fails."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [])
        self.stack = [self.root]
        self.elements = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].parts.append(node)
        self.elements.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].parts.append(node)
        self.elements.append(node)

    def handle_endtag(self, tag):
        if len(self.stack) < 2 or self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].parts.append(data)


def parse(path):
    with open(path, encoding="utf-8", newline="") as f:
        source = f.read()
    tree = Tree()
    tree.feed(source)
    tree.close()
    return source, tree


failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def check_png(path):
    with open(path, "rb") as f:
        data = f.read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    check(width >= 800 and height >= 800, f"screenshot is {width}x{height}")
    raw, at = b"", 8
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            raw += data[at + 8:at + 8 + length]
        at += 12 + length
    pixels = zlib.decompress(raw)
    check(len(set(pixels)) > 64, "screenshot looks blank (few distinct byte values)")
    check(len(data) > 20000, f"screenshot is only {len(data)} bytes")


def check_self_contained(source, tree):
    check(not tree.errors, f"page is not well nested: {tree.errors[:3]}")
    check(len(tree.stack) == 1, f"unclosed elements: {[n.tag for n in tree.stack[1:]]}")
    for node in tree.elements:
        check(node.tag not in FORBIDDEN, f"page has a <{node.tag}> element")
        check("src" not in node.attrs, f"<{node.tag}> has src=")
        href = node.attrs.get("href")
        check(href is None or href.startswith("#"), f"<{node.tag}> links outside: {href}")
    styles = "".join(n.text() for n in tree.elements if n.tag == "style")
    check("@import" not in styles and "url(" not in styles, "style sheet loads something")
    check(not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//)""", source), "external reference")


def expected_spans(release):
    """(kind, id, start, end, text or None) of every record span the page must highlight."""
    spans = [("date", f"d{i + 1}", d["start"], d["end"], d["text"]) for i, d in enumerate(release["dates"])]
    for p in release["participants"]:
        spans += [(p["kind"], p["id"], m["start"], m["end"], None) for m in p["mentions"]]
    for e in release["events"]:
        ev = e["evidence"]
        spans.append(("event", e["id"], ev["start"], ev["end"], ev["text"]))
        spans += [("event", e["id"], m["start"], m["end"], None) for m in e["mentions"]]
    for kind, key in (("agreement", "agreements"), ("follow-up", "follow_up_actions")):
        for r in release[key]:
            ev = r["evidence"]
            spans.append((kind, r["id"], ev["start"], ev["end"], ev["text"]))
    spans += [("contact", f"k{i + 1}", c["start"], c["end"], None) for i, c in enumerate(release["contacts"])]
    spans += [("attachment", f"att{i + 1}", a["start"], a["end"], None)
              for i, a in enumerate(release["attachments"])]
    if release["licence"]:
        spans.append(("licence", "licence", release["licence"]["start"], release["licence"]["end"], None))
    return [s for s in spans if s[3] > s[2]]


def check_spans(text, release, tree):
    marks = {}
    for node in tree.elements:
        if node.tag == "mark" and "data-kind" in node.attrs:
            a = node.attrs
            key = (a["data-kind"], a.get("data-id"), int(a["data-start"]), int(a["data-end"]))
            marks.setdefault(key, []).append(node)
            if "data-part" not in a:
                check(node.text() == text[key[2]:key[3]], f"{key}: element text {node.text()!r}")
            check("tabindex" in a and a.get("title") and a.get("data-tip"), f"{key}: no hover/focus value")
    expected = expected_spans(release)
    check(len(expected) > 30, f"only {len(expected)} spans in the JSON: is this the founding example?")
    for kind, rid, start, end, quoted in expected:
        pieces = marks.get((kind, rid, start, end))
        if not pieces:
            failures.append(f"no element for {kind} {rid} [{start}, {end})")
            continue
        joined = "".join(p.text() for p in pieces)
        check(joined == text[start:end], f"{kind} {rid}: {joined!r} != {text[start:end]!r}")
        check(quoted is None or joined == quoted, f"{kind} {rid}: {joined!r} != JSON text {quoted!r}")
    for i, d in enumerate(release["dates"]):
        node = marks.get(("date", f"d{i + 1}", d["start"], d["end"]), [None])[0]
        check(node is not None and node.attrs.get("data-value") == d["value"], f"d{i + 1}: data-value")
    known = {(k, i, s, e) for k, i, s, e, _ in expected}
    extra = [k for k in marks if k not in known and k[0] not in ("phone", "email") and k[1] != "published"]
    check(not extra, f"highlighted spans the JSON does not have: {extra[:5]}")
    return sum(len(v) for v in marks.values())


def check_segments(text, release, tree):
    blocks = {(n.attrs["data-segment"], int(n.attrs["data-start"]), int(n.attrs["data-end"])): n
              for n in tree.elements if n.tag == "div" and "data-segment" in n.attrs}
    for s in release["segments"]:
        node = blocks.get((s["kind"], s["start"], s["end"]))
        check(node is not None and node.text() == s["text"] == text[s["start"]:s["end"]],
              f"segment {s['kind']} [{s['start']}, {s['end']})")


def check_script_page(tree):
    check(not any(n.tag == "script" for n in tree.elements), "the <script> input became a script element")
    article = [n for n in tree.elements if n.tag == "article"]
    check(article and "<script>alert(1)</script>" in article[0].text(), "the <script> input is not shown as text")


def main():
    input_path, json_path, page_path, dom_path, shot_path, script_dom_path = sys.argv[1:7]
    with open(input_path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    with open(json_path, encoding="utf-8") as f:
        release = json.load(f)
    check_png(shot_path)
    source, page = parse(page_path)
    check_self_contained(source, page)
    _, dom = parse(dom_path)
    check(not dom.errors, f"DOM dump does not nest: {dom.errors[:3]}")
    count = check_spans(text, release, dom)
    check_segments(text, release, dom)
    _, script_dom = parse(script_dom_path)
    check_script_page(script_dom)
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print(f"ok: {count} highlighted elements, {len(release['segments'])} segments match the JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())
