#!/usr/bin/env bash
# render-held-out.sh OUTDIR [FONT] — the world documents (test/fixtures/world/*.txt) as good and
# worn scans in FONT (default C059-Roman), read by tesseract's English model; keeps only the OCR
# text in OUTDIR. Two documents at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1 font=${2:-C059-Roman}
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for f in test/fixtures/world/*.txt; do
  stem=$(basename "$f" .txt)
  for q in good poor; do echo "$f $stem $q"; done
done | xargs -P2 -L1 sh -c 'bash scripts/make-scans.sh "$0" "'"$work"'/$1" "$1" "'"$font"'" "$2" >/dev/null && cp "'"$work"'/$1/$1.$2.ocr-eng.txt" "'"$out"'/"'
ls "$out"/*.ocr-eng.txt | wc -l
