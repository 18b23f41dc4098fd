#!/usr/bin/env bash
# Renders the report of the shipped strategy comparison in headless Chromium: a screenshot of the
# first screen (PNG) and the printed PDF (A4), and the PDF's first pages as PNGs (pdftoppm), so a
# person can look at them. Needs the Debian packages chromium and poppler-utils.
# Usage: scripts/render-report.sh [OUTDIR]   (default: out/report-render)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$home/out/report-render}"
for tool in chromium pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "render-report: $tool is missing (apt-get install -y chromium poppler-utils)" >&2
    exit 1
  }
done
mkdir -p "$dir"
"$home/popvision" report --out "$dir/report" --force >/dev/null 2>"$dir/report.log"
html="file://$(cd "$dir/report" && pwd)/report.html"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile")
chromium "${flags[@]}" --window-size=1200,1700 --screenshot="$dir/report.png" "$html" 2>/dev/null
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$dir/report.pdf" "$html" 2>/dev/null
pdftoppm -png -r 60 -f 1 -l 3 "$dir/report.pdf" "$dir/page"
pages="$(pdfinfo "$dir/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
[ -s "$dir/report.png" ] && [ -s "$dir/report.pdf" ] || { echo "render-report: no output" >&2; exit 1; }
echo "render-report: $dir/report.png, $dir/report.pdf ($pages pages), $dir/page-*.png"
