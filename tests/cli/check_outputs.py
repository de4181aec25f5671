#!/usr/bin/python3
"""Checks prextract outputs against the JSON Schema and the contract's offset rules.

usage: check_outputs.py SCHEMA FILE...   (FILE: one JSON document or JSON Lines; - for stdin)

Every object must validate against SCHEMA. For a release whose source.path names a
readable file (JSON Lines records: a "text" field in that file), the checker also
decodes the input the way the contract says (BOM dropped, U+FFFD per maximal subpart,
UTF-16 with a BOM, Windows-1252 when the output says so) and checks that every
start/end is a code-point range with text[start:end] equal to the quoted text, that
segments come in order without overlap and that ids referenced exist.
Exit status 0 when all is well, 1 otherwise; each problem is one line on stderr.
Run with /usr/bin/python3: it needs Debian's python3-jsonschema.
"""
import json
import os
import sys

import jsonschema

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def objects(path):
    data = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    stripped = data.strip()
    if not stripped:
        problem(path, "no output")
        return
    try:
        yield path, json.loads(stripped)
        return
    except json.JSONDecodeError:
        pass
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{n}", json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{path}:{n}", f"not JSON: {e}")


def decode(raw, warnings):
    codes = {w["code"] for w in warnings}
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    if "input.cp1252" in codes:
        return raw.decode("cp1252")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", errors="replace")


def input_text(release):
    """The decoded input, or None when it cannot be found from here."""
    source = release["source"]
    path = source["path"]
    if path == "-" or not os.path.isfile(path):
        return None
    if source["id"] is None:
        with open(path, "rb") as f:
            raw = f.read()
        return decode(raw, release["warnings"]) if len(raw) == source["bytes"] else None
    with open(path, encoding="utf-8", errors="replace", newline="\n") as f:
        for line in f:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and str(record.get("id")) == source["id"]:
                return decode(record.get("text", "").encode("utf-8"), release["warnings"])
    return None


def check_span(where, item, text, key=None):
    start, end = item.get("start"), item.get("end")
    if start is None or end is None:
        return
    limit = len(text) if text is not None else end
    if not 0 <= start <= end <= limit:
        problem(where, f"span [{start}, {end}) outside 0..{limit}")
    elif text is not None and key is not None and text[start:end] != item[key]:
        problem(where, f"text[{start}:{end}] = {text[start:end][:40]!r} != {item[key][:40]!r}")


def check_release(where, r, text):
    previous_end = 0
    for i, s in enumerate(r["segments"]):
        check_span(f"{where}: segments[{i}]", s, text, "text")
        if s["start"] < previous_end:
            problem(f"{where}: segments[{i}]", "overlaps or precedes the segment before it")
        previous_end = s["end"]
    for i, p in enumerate(r["paragraphs"]):
        check_span(f"{where}: paragraphs[{i}]", p, text, "text")
        if p["index"] != i:
            problem(f"{where}: paragraphs[{i}]", f"index {p['index']}")
    for i, d in enumerate(r["dates"]):
        check_span(f"{where}: dates[{i}]", d, text, "text")
        if d["paragraph"] is not None and d["paragraph"] >= len(r["paragraphs"]):
            problem(f"{where}: dates[{i}]", "paragraph index out of range")
    ids = {p["id"] for p in r["participants"]}
    if len(ids) != len(r["participants"]):
        problem(where, "participant ids are not unique")
    for p in r["participants"]:
        for m in p["mentions"]:
            check_span(f"{where}: {p['id']} mention", m, text)
        if p.get("organization") and p["organization"] not in ids:
            problem(where, f"{p['id']}: organization {p['organization']} is no participant")
    for key, refs in (("events", "participants"), ("agreements", "parties"),
                      ("follow_up_actions", "actor"), ("contacts", None)):
        for i, rec in enumerate(r[key]):
            if "evidence" in rec:
                check_span(f"{where}: {key}[{i}].evidence", rec["evidence"], text, "text")
            else:
                check_span(f"{where}: {key}[{i}]", rec, text)
            named = rec.get(refs, []) if refs else [rec["organization"]] if rec["organization"] else []
            for ref in named:
                if ref not in ids:
                    problem(f"{where}: {key}[{i}]", f"{ref} is no participant")
    for i, a in enumerate(r["attachments"]):
        check_span(f"{where}: attachments[{i}]", a, text)
    if r["licence"]:
        check_span(f"{where}: licence", r["licence"], text)
    for i, w in enumerate(r["warnings"]):
        check_span(f"{where}: warnings[{i}]", w, text)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    # The top-level oneOf reports only "is not valid under any of the given schemas":
    # validate against the branch the object claims to be, for messages that name the key.
    branches = {}
    for name in ("release", "error_record"):
        branch = {k: v for k, v in schema.items() if k != "oneOf"}
        branch["$ref"] = f"#/$defs/{name}"
        branches[name] = jsonschema.Draft202012Validator(branch)
    count = 0
    for path in argv[2:]:
        for where, obj in objects(path):
            count += 1
            errors = list(validator.iter_errors(obj))
            if errors and isinstance(obj, dict):
                branch = branches["error_record" if "error" in obj else "release"]
                errors = list(branch.iter_errors(obj)) or errors
            errors.sort(key=lambda e: [str(p) for p in e.absolute_path])
            for e in errors[:5]:
                if e.context:   # a oneOf/anyOf: name the branch that came closest
                    e = max(e.context, key=lambda c: (len(c.absolute_path), c.validator != "type"))
                loc = "/".join(str(p) for p in e.absolute_path)
                problem(where, f"schema: /{loc}: {e.message[:160]}")
            if errors or "error" in obj:
                continue
            check_release(where, obj, input_text(obj))
    for p in problems:
        print(p, file=sys.stderr)
    print(f"check_outputs: {count} object(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
