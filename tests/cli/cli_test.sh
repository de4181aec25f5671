#!/bin/bash
# Command-line tests: exit codes, stdin, batches, -o, JSONL input, bad inputs, pipes.
# usage: cli_test.sh PREXTRACT SOURCE_DIR GROUP
#   GROUP: options | stdin | batch | output_dir | jsonl | jsonl_edges | bad_input | pipes | big_input
# Every JSON output a group produces is also checked against the schema and the offset
# rules (check_outputs.py, with Debian's /usr/bin/python3 and python3-jsonschema).
set -uo pipefail
export LC_ALL=C.UTF-8
BIN=$(realpath "$1")
SRC=$(realpath "$2")
GROUP=$3
PY=/usr/bin/python3
SCHEMA=$SRC/schema/prextract.schema.json
EXAMPLE=$SRC/data/examples/msit-2023-05-25-germany.txt
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
mkdir outputs
failures=0
checks=0
kept=0

fail() {
  echo "FAIL [$GROUP] $*" >&2
  failures=$((failures + 1))
}

# run RC CMD...: runs CMD (stdin from $IN, default /dev/null) into files out and err;
# fails unless it exits with RC.
run() {
  local want=$1
  shift
  "$@" <"${IN:-/dev/null}" >out 2>err
  local rc=$?
  checks=$((checks + 1))
  [ "$rc" -eq "$want" ] || fail "exit $rc, want $want: $* (stderr: $(head -c 300 err))"
}

# expect_jq FILTER [FILE]: jq -e FILTER must hold on every object of FILE (default out).
expect_jq() {
  checks=$((checks + 1))
  local got
  got=$(jq -e -s "all(.[]; $1)" "${2:-out}" 2>&1) ||
    fail "jq '$1' on ${2:-out}: $got ($(head -c 300 "${2:-out}"))"
}

expect_stdout_empty() { [ ! -s out ] || fail "stdout not empty: $(head -c 200 out)"; }
expect_stderr_empty() { [ ! -s err ] || fail "stderr not empty: $(head -c 300 err)"; }
expect_stderr_has() { grep -qF -- "$1" err || fail "stderr lacks '$1': $(head -c 300 err)"; }
expect_lines() {
  local n
  n=$(wc -l <out)
  [ "$n" -eq "$1" ] || fail "stdout has $n lines, want $1"
}
# keep: saves stdout for the schema check at the end.
keep() {
  kept=$((kept + 1))
  cp out "outputs/$kept.json"
}

group_options() {
  run 0 "$BIN" --version
  grep -Eq '^prextract [0-9]+\.[0-9]+\.[0-9]+' out || fail "--version: $(cat out)"
  expect_stderr_empty
  run 0 "$BIN" --help
  grep -qF -- '--reference-date' out || fail "--help lacks --reference-date"
  expect_stderr_empty
  run 0 "$BIN" --schema
  cmp -s out "$SCHEMA" || fail "--schema is not byte for byte $SCHEMA"
  expect_stderr_empty
  for bad in "--bogus" "--reference-date 2023-02-30" "--reference-date 2023-5-1" \
      "--reference-date" "--max-input-bytes -1" "--max-input-bytes 12x" "--jobs 0" \
      "--encoding latin9" "--date-style iso" "--input-format csv" "--format xml" \
      "--jsonl --pretty" "--glob" "-o"; do
    # shellcheck disable=SC2086
    run 2 "$BIN" "$EXAMPLE" $bad
    expect_stdout_empty
    expect_stderr_has "prextract:"
  done
  run 0 "$BIN" --reference-date 2024-02-29 "$EXAMPLE"
  expect_jq '.document.reference_date == {"value": "2024-02-29", "basis": "option"}'
  keep
  run 0 "$BIN" --pretty "$EXAMPLE"
  [ "$(wc -l <out)" -gt 10 ] || fail "--pretty output is not indented"
  jq -c . out >pretty.min
  run 0 "$BIN" "$EXAMPLE"
  expect_lines 1
  cmp -s out pretty.min || fail "--pretty and compact outputs differ"
  run 0 "$BIN" --jsonl "$EXAMPLE"
  expect_lines 1
  run 0 "$BIN" --body-only --date-style timeml --encoding utf-8 -j 1 --no-progress "$EXAMPLE"
  keep
  run 0 "$BIN" --reference-date 2023-05-25 "$EXAMPLE" --help
  grep -qF 'Usage' out || fail "--help after other options"
}

group_stdin() {
  IN=$EXAMPLE run 0 "$BIN"
  expect_jq '.source.path == "-" and .source.bytes > 0'
  keep
  jq -c 'del(.source.path)' out >from_stdin
  IN=$EXAMPLE run 0 "$BIN" -
  jq -c 'del(.source.path)' out | cmp -s - from_stdin || fail "'-' and no path differ"
  run 0 "$BIN" "$EXAMPLE"
  jq -c 'del(.source.path)' out | cmp -s - from_stdin || fail "stdin and file outputs differ"
  IN=$EXAMPLE run 1 "$BIN" --max-input-bytes 100 -
  expect_jq '.error.code == "input.too_large"'
  expect_stderr_has "prextract: -:"
  keep
}

group_batch() {
  mkdir -p tree/sub tree/a tree/A
  for f in b.txt a-b.txt a/b.txt A/z.txt sub/deep.md _x.text Z.txt 'é.txt' skip.json note.dat; do
    printf 'Title of %s\n\nA paragraph about %s, published on May 3, 2024.\n' "$f" "$f" >"tree/$f"
  done
  run 0 "$BIN" -r tree
  expect_lines 8
  jq -r .source.path out >got
  (cd tree && printf '%s\n' b.txt a-b.txt a/b.txt A/z.txt sub/deep.md _x.text Z.txt 'é.txt') |
    LC_ALL=C sort | sed 's|^|tree/|' >want
  cmp -s got want || fail "-r order: $(paste -d' ' got want | tr '\n' ';')"
  keep
  run 0 "$BIN" -r tree/ --glob '*.dat' --glob '*.json'
  [ "$(jq -r .source.path out | tr '\n' ' ')" = "tree/note.dat tree/skip.json " ] ||
    fail "--glob: $(jq -r .source.path out | tr '\n' ' ')"
  run 0 "$BIN" -r tree --glob 'sub/*'
  [ "$(jq -r .source.path out)" = "tree/sub/deep.md" ] || fail "--glob with a folder part"
  # One bad input among good ones: an error record in its place, exit 1, the rest done.
  run 1 "$BIN" tree/b.txt missing.txt tree/Z.txt
  expect_lines 3
  [ "$(jq -r '.error.code // "ok"' out | tr '\n' ' ')" = "ok io.not_found ok " ] ||
    fail "batch with a bad file: $(jq -c '.error' out)"
  expect_stderr_has "prextract: missing.txt:"
  [ "$(wc -l <err)" -eq 1 ] || fail "one stderr line per failed input: $(cat err)"
  keep
  # jq over batch output.
  run 0 "$BIN" -r tree
  [ "$(jq -s length out)" -eq 8 ] || fail "jq -s length"
  jq -r '[.source.path, (.paragraphs | length)] | @tsv' out >tsv || fail "jq @tsv over batch"
  [ "$(wc -l <tsv)" -eq 8 ] || fail "jq @tsv lines"
  # The README's jq recipes, on the bundled example and a missing file.
  mkdir recipes
  cp "$EXAMPLE" recipes/msit.txt
  printf 'Plain text, no licence.\n' >recipes/plain.txt
  run 1 "$BIN" --reference-date 2023-05-25 recipes/msit.txt recipes/plain.txt recipes/gone.txt
  [ "$(jq -r '[.source.path, .document.title // ""] | @tsv' out | head -1)" = \
    "$(printf 'recipes/msit.txt\tMSIT Cooperates with technology powerhouse Germany to strengthen technology sovereignty')" ] ||
    fail "recipe titles: $(jq -r '[.source.path, .document.title // ""] | @tsv' out | head -1)"
  jq -r '.source.path as $p | .contacts[]?.phones[] | [$p, .text, .["e164"] // ""] | @tsv' out >phones
  grep -qF "$(printf 'recipes/msit.txt\t+82-44-202-4033\t+82442024033')" phones ||
    fail "recipe phones: $(cat phones)"
  [ "$(jq -r 'select(.licence.id? == "KOGL-1") | .source.path' out)" = recipes/msit.txt ] ||
    fail "recipe licence"
  [ "$(jq -r 'select(.error) | [.source.path, .error.code] | @tsv' out)" = \
    "$(printf 'recipes/gone.txt\tio.not_found')" ] || fail "recipe errors"
  # Output order is input order, whatever --jobs.
  run 0 "$BIN" -j 1 -r tree
  cp out j1
  run 0 "$BIN" -j 3 -r tree
  cmp -s out j1 || fail "-j 1 and -j 3 outputs differ"
}

group_output_dir() {
  mkdir -p in/sub
  printf 'First release.\n' >in/one.txt
  printf 'Second release.\n' >in/sub/two.txt
  printf 'No extension.\n' >in/sub/three.md
  run 0 "$BIN" -r in -o out.d
  expect_stdout_empty
  (cd out.d && find . -type f | sort | tr '\n' ' ') >got
  [ "$(cat got)" = "./one.json ./sub/three.json ./sub/two.json " ] || fail "-o layout: $(cat got)"
  for f in out.d/one.json out.d/sub/two.json; do
    jq -e '.schema == "prextract/1"' "$f" >/dev/null || fail "-o $f"
    cp "$f" "outputs/o-$(basename "$f")"
  done
  IN=in/one.txt run 0 "$BIN" -o out.d
  [ -f out.d/stdin.json ] || fail "stdin -> DIR/stdin.json"
  run 0 "$BIN" -o single.d in/sub/two.txt
  [ -f single.d/two.json ] || fail "a file argument -> DIR/<name>.json"
  # Two arguments with one base name: the first is written, the second is an error.
  mkdir -p twin
  printf 'Other release.\n' >twin/two.txt
  run 1 "$BIN" -o twins.d in/sub/two.txt twin/two.txt
  expect_stderr_has "io.name_collision"
  jq -e '.paragraphs[0].text == "Second release."' twins.d/two.json >/dev/null ||
    fail "a name collision overwrote the first output"
  # A target that cannot be written: exit 1, a message, no file left behind.
  touch blocker
  run 1 "$BIN" -r in -o blocker/x
  expect_stderr_has "io.write_failed"
  printf '{"id":"r1","text":"One."}\n{"id":"../up","text":"Two."}\n{"id":"a/b","text":"Three."}\n' >recs.jsonl
  run 1 "$BIN" --input-format jsonl recs.jsonl -o jl.d
  [ -f jl.d/r1.json ] || fail "JSONL record -> DIR/<id>.json"
  if [ -e up.json ] || [ -e jl.d/a/b.json ]; then fail "an id escaped DIR"; fi
  expect_stderr_has "jsonl.malformed"
  [ -z "$(find . -name '*.tmp*')" ] || fail "temporary files left: $(find . -name '*.tmp*')"
}

group_jsonl() {
  {
    printf '{"id": "r1", "text": "Seoul, May 3, 2024. The minister met the ambassador.", "extra": 1}\n'
    printf '{"id": "r2", "text": "broken"\n'
    printf '\n'
    printf '{"id": 7, "text": "Numeric id.", "reference_date": "2020-01-31"}\n'
    printf '{"id": "r4"}\n'
    printf '[1, 2]\n'
    printf '{"id": "r6", "text": "Bad date.", "reference_date": "31/01/2020"}\n'
    printf '{"id": "r7", "text": "Last one.\\r\\nWith CRLF."}\r\n'
  } >recs.jsonl
  run 1 "$BIN" --input-format jsonl recs.jsonl
  expect_lines 7
  [ "$(jq -r '[.source.id, (.error.code // "ok")] | join(":")' out | tr '\n' ' ')" = \
    "r1:ok :jsonl.malformed 7:ok r4:jsonl.missing_text :jsonl.malformed r6:jsonl.malformed r7:ok " ] ||
    fail "JSONL records: $(jq -c '[.source.id, .error.code]' out | tr '\n' ' ')"
  expect_jq '.source.path == "recs.jsonl"'
  [ "$(jq -r 'select(.source.id == "7") | .document.reference_date.value' out)" = 2020-01-31 ] ||
    fail "per-record reference_date"
  expect_stderr_has "prextract: recs.jsonl: line 2"
  keep
  IN=recs.jsonl run 1 "$BIN" --input-format jsonl
  expect_lines 7
  expect_jq '.source.path == "-"'
  printf '{"id": "x", "text": "Fine."}\n' | IN=/dev/stdin run 0 "$BIN" --input-format jsonl -
  expect_lines 1
}

# edge_case FORMAT WANT: appends the line printf FORMAT writes to edge.jsonl and the
# "id:code" the record must give ("" for no id, "ok" for no error).
edge_case() {
  # shellcheck disable=SC2059
  printf "$1\n" >>edge.jsonl
  edge_want="$edge_want$2 "
}

# What the JSON reader accepts, rejects and keeps of a line: the same as nlohmann::json
# (the reader's fallback), down to a NUL byte ending the input and a byte order mark.
group_jsonl_edges() {
  edge_want=""
  edge_case '{"id":"u1","text":"bad \377 byte"}' ':jsonl.malformed'
  edge_case '{"id":"u2","text":"t","x":"cut \303"}' ':jsonl.malformed'
  edge_case '{"id":"u3","text":"utf-8 surrogate \355\240\200"}' ':jsonl.malformed'
  edge_case '{"id":"u4","text":"caf\303\251 \360\237\230\200"}' 'u4:ok'
  edge_case '{"id":"s1","text":"lone \\ud800 high"}' ':jsonl.malformed'
  edge_case '{"id":"s2","text":"lone \\udc00 low"}' ':jsonl.malformed'
  edge_case '{"id":"s3","text":"bad pair \\ud800\\u0041"}' ':jsonl.malformed'
  edge_case '{"id":"s4","text":"pair \\ud83d\\ude00"}' 's4:ok'
  edge_case '{"id":"s5","text":"a backslash, then \\\\ud800"}' 's5:ok'
  edge_case '{"id":"d1","id":"d1b","text":"t"}' 'd1b:ok'
  edge_case '{"id":"d2","text":"t","text":5}' 'd2:jsonl.missing_text'
  edge_case '{"id":"d3","text":"t","id":true}' ':ok'
  edge_case '{"id":"d4","id":7,"text":"t"}' '7:ok'
  edge_case '{"id":"d5","reference_date":"2020-01-01","reference_date":"bad","text":"t"}' 'd5:jsonl.malformed'
  edge_case '{"id":"n1","text":"raw \000 NUL"}' ':jsonl.malformed'
  edge_case '{"id":"n2","text":"t"}\000 after a NUL' 'n2:ok'
  edge_case '\000{"id":"n3","text":"t"}' ':jsonl.malformed'
  edge_case '{"id":"n4","text":"escaped \\u0000 NUL"}' 'n4:input.binary'
  edge_case '\357\273\277{"id":"b1","text":"t"}' 'b1:ok'
  edge_case '{"id":1.50,"text":"t"}' '1.5:ok'
  edge_case '{"id":1e5,"text":"t"}' '100000.0:ok'
  edge_case '{"id":-0,"text":"t"}' '0:ok'
  edge_case '{"id":123456789012345678901234567890,"text":"t"}' '1.2345678901234568e+29:ok'
  edge_case '{"id":"x1","text":"t"} x' ':jsonl.malformed'
  edge_case '\f{"id":"x2","text":"t"}' ':jsonl.malformed'
  edge_case '{"id":"x3","text":"t","x":1e400}' ':jsonl.malformed'
  edge_case '{"id":"x4","text":"raw\ttab"}' ':jsonl.malformed'
  edge_case '{"i\\u0064":"x5","t\\u0065xt":"t"}' 'x5:ok'
  edge_case "{\"id\":\"deep\",\"text\":\"t\",\"x\":$(printf '[%.0s' {1..3000})$(printf ']%.0s' {1..3000})}" 'deep:ok'
  local pad
  pad=$(head -c 1100000 /dev/zero | tr '\0' a)
  edge_case "{\"id\":\"long\",\"text\":\"t\",\"x\":\"$pad\"}" 'long:ok'
  edge_case "{\"id\":\"long2\",\"text\":\"t\",\"x\":\"$pad\\377\"}" ':jsonl.malformed'
  run 1 "$BIN" --input-format jsonl edge.jsonl
  local got
  got=$(jq -r '[.source.id, (.error.code // "ok")] | join(":")' out | tr '\n' ' ')
  [ "$got" = "$edge_want" ] || fail "JSONL edge cases: got $got, want $edge_want"
}

group_bad_input() {
  run 1 "$BIN" no-such-file.txt
  expect_jq '.error.code == "io.not_found" and .source.path == "no-such-file.txt"'
  expect_stderr_has "prextract: no-such-file.txt:"
  keep
  mkdir folder
  run 1 "$BIN" folder
  expect_jq '.error.code == "io.is_directory"'
  keep
  : >empty.txt
  printf ' \n\t\r\n  \n' >blank.txt
  for f in empty.txt blank.txt; do
    run 0 "$BIN" "$f"
    expect_jq '([.warnings[].code] | index("input.empty")) != null and .segments == [] and .paragraphs == []'
    keep
  done
  printf 'text\0with NUL\n' >binary.bin
  run 1 "$BIN" binary.bin
  expect_jq '.error.code == "input.binary"'
  expect_stderr_has "input.binary"
  keep
  # Invalid UTF-8 that is no Windows-1252 either (0x81): replaced per maximal subpart.
  printf 'Caf\xc3\xa9 \x81 news.\n\nA broken \xe2\x80 sequence, \xed\xa0\x80 a surrogate, \xf0\x9f\x98\x80 an emoji.\n\nEnd \xc3\n' >invalid.txt
  run 0 "$BIN" invalid.txt
  expect_jq '(.warnings | length) > 0'
  local want
  want=$($PY -c 'import sys; print(open(sys.argv[1], "rb").read().decode("utf-8", "replace").count("\ufffd"))' invalid.txt)
  [ "$(jq -r '[.segments[].text] | join("") | [scan("\ufffd")] | length' out)" -eq "$want" ] ||
    fail "U+FFFD count differs from Python's errors=replace ($want)"
  keep
  run 0 "$BIN" --encoding utf-8 invalid.txt
  keep
  printf 'Senator\x92s statement\n\n\x93We act,\x94 he said \x97 caf\xe9.\n' >cp1252.txt
  run 0 "$BIN" cp1252.txt
  expect_jq '[.warnings[].code] | index("input.cp1252") != null'
  expect_jq '[.segments[].text] | join(" ") | contains("Senator\u2019s") and contains("\u201cWe act,\u201d")'
  keep
  $PY -c 'import sys; open(sys.argv[1], "wb").write("\ufeffTitle \u00e9\u4e2d\U0001F600\r\n\r\nBody \u00fc text.\r\n".encode(sys.argv[2]))' u16le.txt utf-16-le
  $PY -c 'import sys; t = "Title \u00e9\u4e2d\U0001F600\n\nBody \u00fc text.\n"; open(sys.argv[1], "wb").write(b"\xfe\xff" + t.encode("utf-16-be"))' u16be.txt
  for f in u16le.txt u16be.txt; do
    run 0 "$BIN" "$f"
    expect_jq '[.segments[].text] | join(" ") | contains("Title é中😀") and contains("Body ü")'
    keep
  done
  printf '\xef\xbb\xbfTitle line\n\nBody text here.\n' >bom.txt
  run 0 "$BIN" bom.txt
  expect_jq '.segments[0].start == 0 and (.segments[0].text | startswith("Title"))'
  keep
  printf 'Title line\n\nFirst paragraph, one.\nStill the first paragraph.\n\nSecond paragraph.\n' >lf.txt
  sed 's/$/\r/' lf.txt >crlf.txt
  run 0 "$BIN" crlf.txt
  keep
  jq -c '[.paragraphs[].text | gsub("\r"; "")]' out >crlf.paras
  run 0 "$BIN" lf.txt
  jq -c '[.paragraphs[].text]' out | cmp -s - crlf.paras || fail "CRLF paragraphs differ from LF ones"
  head -c 5000 "$EXAMPLE" >limit.txt
  run 1 "$BIN" --max-input-bytes 1000 limit.txt
  expect_jq '.error.code == "input.too_large"'
  keep
  run 0 "$BIN" --max-input-bytes "$(wc -c <limit.txt)" limit.txt
}

group_pipes() {
  mkdir many
  for i in $(seq -w 1 300); do cp "$EXAMPLE" "many/r$i.txt"; done
  "$BIN" -r many 2>err | head -1 >out
  local rcs=("${PIPESTATUS[@]}")
  checks=$((checks + 1))
  [ "${rcs[0]}" -eq 0 ] || fail "| head -1: exit ${rcs[0]}"
  expect_stderr_empty
  expect_lines 1
  run 0 "$BIN" -r many --jsonl
  expect_lines 300
  run 1 sh -c "'$BIN' '$EXAMPLE' >/dev/full"
  expect_stderr_has "write failed"
  run 1 sh -c "'$BIN' --version >/dev/full"
  run 1 sh -c "'$BIN' --schema >/dev/full"
  # Usage errors print nothing on stdout, even with a file that would have worked.
  run 2 "$BIN" --nope "$EXAMPLE"
  expect_stdout_empty
}

group_big_input() {
  # 50 MB: the example release repeated, generated here (never committed).
  $PY -c 'import sys; d = open(sys.argv[1], "rb").read(); open("big.txt", "wb").write(d * (50 * 2**20 // len(d) + 1))' "$EXAMPLE"
  run 0 "$BIN" big.txt
  expect_jq '.schema == "prextract/1" and (.segments | length) > 1000'
  run 1 "$BIN" --max-input-bytes 20000000 big.txt
  expect_jq '.error.code == "input.too_large"'
}

case $GROUP in
  options | stdin | batch | output_dir | jsonl | jsonl_edges | bad_input | pipes | big_input) "group_$GROUP" ;;
  *) echo "cli_test.sh: unknown group $GROUP" >&2; exit 2 ;;
esac

if [ "$kept" -gt 0 ]; then
  $PY "$SRC/tests/cli/check_outputs.py" "$SCHEMA" outputs/*.json || fail "schema/offset check"
fi
echo "cli_test.sh [$GROUP]: $checks checks, $failures failure(s)"
[ "$failures" -eq 0 ]
