#!/bin/bash
# Shell completions: every option of the real --help (and every choice it lists) is in both
# the bash and the zsh file, and the bash function completes what a user types.
# usage: completion_test.sh PREXTRACT SOURCE_DIR
set -uo pipefail
BIN=$(realpath "$1")
SRC=$(realpath "$2")
BASH_FILE=$SRC/completions/prextract.bash
ZSH_FILE=$SRC/completions/_prextract
. "$(dirname "$0")/lib.sh"
"$BIN" --help >"$T/help" || { echo "FAIL $BIN --help" >&2; exit 1; }

# has FILE WORD: WORD stands alone in FILE (--progress does not count inside --no-progress).
has() { grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|\$)" "$1"; }

options=$(grep -oE -- '(^|[ ,])--?[a-z][a-z0-9-]*' "$T/help" | tr -d ' ,' | sort -u)
[ "$(wc -w <<<"$options")" -ge 20 ] || fail "too few options read from --help: $options"
for opt in $options; do
  has "$BASH_FILE" "$opt" || fail "bash completion lacks $opt"
  has "$ZSH_FILE" "$opt" || fail "zsh completion lacks $opt"
done
# Fixed choices, as --help lists them: {contract->0,timeml->1} or :{text,jsonl}.
for opt in --date-style --encoding --format --input-format; do
  choices=$(grep -E -- "^ +$opt " "$T/help" | grep -oE '\{[^}]*\}' | head -n 1 | tr -d '{}' |
    tr ',' '\n' | sed 's/->.*//')
  [ -n "$choices" ] || fail "--help lists no choices for $opt"
  for choice in $choices; do
    grep -E -- "^ +$opt\)" "$BASH_FILE" | grep -qE "[ (]${choice}[ ;)]" ||
      fail "bash completion lacks $opt $choice"
    grep -E -- "'$opt=" "$ZSH_FILE" | grep -qE "[ (]${choice}[ )]" || fail "zsh completion lacks $opt $choice"
  done
done

# complete LINE: COMPREPLY of the bash function for the command line LINE (cursor at its end).
complete_line() {
  bash -c 'source "$1"; read -ra COMP_WORDS <<<"$2"; [[ $2 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$2 COMP_POINT=${#2}
    _prextract; printf "%s\n" "${COMPREPLY[@]}"' _ "$BASH_FILE" "$1"
}
# expect LINE WORDS...: completing LINE gives exactly WORDS.
expect() {
  local line=$1 got want
  shift
  got=$(complete_line "$line" | sort | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [ "$got" = "$want" ] || fail "completing '$line': got '$got', want '$want'"
}
expect "prextract --ref" --reference-date
expect "prextract --no-p" --no-progress
expect "prextract --date-style t" timeml
expect "prextract --date-style = c" contract
expect "prextract --encoding utf" utf-8 utf-16
expect "prextract --input-format " text jsonl
mkdir -p "$T/work/releases" && touch "$T/work/release.txt"
cd "$T/work" || exit 1
expect "prextract rel" release.txt releases
expect "prextract -o rel" releases
expect "prextract --jobs " ""

if command -v zsh >/dev/null; then
  zsh -n "$ZSH_FILE" || fail "zsh -n $ZSH_FILE"
fi
[ "$failures" -eq 0 ] || exit 1
echo "completions: bash and zsh know every option of --help; bash completes as expected"
