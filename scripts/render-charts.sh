#!/usr/bin/env bash
# Renders every chart committed under charts/ into DIR (default: charts/, i.e. regenerates them),
# with the commands the README shows. Tables go to a temporary directory.
# Usage: scripts/render-charts.sh [DIR]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$home/charts}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
pv() { "$home/popvision" "$@" >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }; }
cd "$home"
for s in target baseline ipss-h30; do
  pv simulate --scenario "scenarios/$s.yaml" --out "$out/$s" --charts "$dir/$s" --force
done
pv compare scenarios/ipss-h30.yaml scenarios/ipss-r5.yaml scenarios/recent-trend.yaml scenarios/baseline.yaml scenarios/target.yaml \
  scenarios/strategy-2024.yaml scenarios/pattern1.yaml scenarios/sim1.yaml scenarios/sim2.yaml \
  --reference ipss-h30 --out "$out/compare" --charts "$dir/compare" --force
pv backtest --out "$out/backtest" --charts "$dir/backtest" --force
pv sensitivity --out "$out/sensitivity" --charts "$dir/target-sensitivity" --force
pv uncertainty --out "$out/uncertainty" --charts "$dir/target-uncertainty" --force
echo "rendered into $dir"
