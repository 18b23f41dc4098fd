#!/usr/bin/env bash
# Renders every shipped chart afresh and compares its decoded pixels with the committed PNG under
# charts/ (scripts/PixelDiff.java). Exit 0 when all are identical; extra arguments
# (--allow compare/scenarios_total.png ...) name charts whose change is intended.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$home/scripts/render-charts.sh" "$tmp" >/dev/null
java "$home/scripts/PixelDiff.java" "$home/charts" "$tmp" "$@"
