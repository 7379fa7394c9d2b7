#!/usr/bin/env bash
# Re-create the silver CGN tags for the older LassySmall v1 material with Frog (training time
# only; Debian package `frog`). Output: extra-lassysmall-v1.frog.txt.gz next to this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../../shared/ud-dutch/extra-lassysmall-v1-train.conllu}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# one pre-tokenized sentence per line (spaces inside a token become underscores)
awk -F'\t' '/^#/ {next} /^$/ {if (n) print line; line=""; n=0; next}
  $1 ~ /^[0-9]+$/ {gsub(/ /, "_", $2); line = n ? line " " $2 : $2; n++}
  END {if (n) print line}' "$src" > "$tmp/tok.txt"
frog --threads=1 -t "$tmp/tok.txt" -n --skip=tmncpa -o "$tmp/frog.txt" >/dev/null 2>&1
gzip -9 -c "$tmp/frog.txt" > "$here/extra-lassysmall-v1.frog.txt.gz"
echo "written: $here/extra-lassysmall-v1.frog.txt.gz"
