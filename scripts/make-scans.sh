#!/usr/bin/env bash
# make-scans.sh SRC.txt OUTDIR STEM [font] [quality] [width]
# Copied from ../shared/tools/make-scans.sh so benches need nothing outside the repository; one change:
# the page text is passed to -annotate inline (percent signs escaped) rather than as "@file", which
# Debian's default ImageMagick security policy forbids; and a PDF the policy forbids is left out.
# Renders a plain-text document to page images that look like office scans, an image-only PDF,
# and the text a tesseract run with the English model makes of them (legacy OCR with broken å/ä/ö).
# quality: good | poor.  Needs: imagemagick (policy opened for @file and large images), tesseract-ocr(-swe).
set -euo pipefail
src=$1 out=$2 stem=$3 font=${4:-Liberation-Serif} quality=${5:-good} width=${6:-95}
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# fold long lines at 95 chars, 48 lines a page
fold -s -w "$width" "$src" | split -l 48 - "$tmp/p"
n=0; pages=()
for part in "$tmp"/p*; do
  n=$((n+1)); png="$out/$stem.p$n.$quality.png"
  convert -size 1654x2339 xc:white -font "$font" -pointsize 26 -fill black \
    -annotate +130+150 "$(sed 's/%/%%/g' "$part")" "$tmp/clean.png"
  if [[ $quality == good ]]; then
    convert "$tmp/clean.png" -attenuate 0.3 +noise Gaussian -blur 0x0.6 -rotate 0.4 \
      -background white -flatten -threshold 58% -type bilevel "$png"
  else
    convert "$tmp/clean.png" -resize 80% -attenuate 0.5 +noise Gaussian -blur 0x0.8 -rotate -1.2 \
      -background white -flatten -threshold 60% -type bilevel "$png"
  fi
  pages+=("$png")
done
convert "${pages[@]}" "$out/$stem.$quality.scan.pdf" 2>/dev/null || echo "$stem: no PDF (ImageMagick's policy forbids writing PDF here); the page images are made" >&2
: > "$out/$stem.$quality.ocr-eng.txt"
for p in "${pages[@]}"; do
  OMP_THREAD_LIMIT=1 tesseract "$p" - -l eng 2>/dev/null >> "$out/$stem.$quality.ocr-eng.txt"
done
echo "$stem: $n page(s), $quality"
