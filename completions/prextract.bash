# bash completion for prextract(1): options, the fixed choices of --date-style, --encoding,
# --format and --input-format, folders after -o, files and folders otherwise.
# Installed as share/bash-completion/completions/prextract; needs nothing from bash-completion.

_prextract_options="-h --help --reference-date --body-only --date-style --encoding --format
  --jsonl --pretty -r --recursive --glob -o --output-dir -j --jobs --input-format
  --max-input-bytes --progress --no-progress --schema --version"

# _prextract_reply WORDS...: sets COMPREPLY to the WORDS that start with $cur.
_prextract_reply() {
  local word
  COMPREPLY=()
  for word in "$@"; do
    [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
  done
}

_prextract() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --opt=value: bash splits it at '=' into "--opt" "=" "value"; readline completes the
  # text after the '='.
  if [[ $cur == "=" ]]; then
    cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi
  case $prev in
    --date-style) _prextract_reply contract timeml; return ;;
    --encoding) _prextract_reply auto utf-8 cp1252 utf-16; return ;;
    --format) _prextract_reply json html; return ;;
    --input-format) _prextract_reply text jsonl; return ;;
    --reference-date) _prextract_reply "$(date +%Y-%m-%d)"; return ;;
    -o | --output-dir)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return ;;
    -j | --jobs | --glob | --max-input-bytes) COMPREPLY=(); return ;;
  esac
  if [[ $cur == -* ]]; then
    # shellcheck disable=SC2086  # the option list is split on purpose
    _prextract_reply $_prextract_options
    return
  fi
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -F _prextract prextract
