#!/usr/bin/env bash
# Paired start-up benchmark: `./popvision simulate` and `./popvision simulate --no-charts` against
# `./popvision --version`, run as a user types them, in the repository root.
#
#   bash bench/startup.sh [ROUNDS]      (default 9, at least 7)
#
# Each round runs the three commands once, in an order that rotates from round to round, and
# divides each command's wall time by the --version time of the same round, so that a change in
# the machine's load between rounds cancels out. Prints min / median / max of each ratio over the
# rounds and the wall times, the same for CPU time (user + system), plus the load average before and after (an idle machine has a load
# average well under 1; a loaded one gives noisier ratios).
#
# Before the rounds, each command runs once untimed: that builds the jar and trains the
# class-data-sharing archive if they are stale, as the first run after a build does for a user.
# simulate writes out/target and charts/target as always; charts/target is restored afterwards so
# that the shipped charts stay as they are in git.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
rounds="${1:-9}"
if ! [[ "$rounds" =~ ^[0-9]+$ ]] || [ "$rounds" -lt 7 ]; then
  echo "usage: bash bench/startup.sh [ROUNDS >= 7]" >&2
  exit 2
fi
keep="$(mktemp -d)"
cp -a charts/target "$keep/" 2>/dev/null || true
restore() {
  if [ -d "$keep/target" ]; then
    rm -rf charts/target
    cp -a "$keep/target" charts/target
  fi
  rm -rf "$keep"
}
trap restore EXIT

commands=("./popvision --version" "./popvision simulate" "./popvision simulate --no-charts")
run() { # prints the wall time and the CPU time (user + system) of one command, in ms
  local t0 t1 cpu TIMEFORMAT='%3U %3S'
  t0=$(date +%s%N)
  cpu="$({ time $1 >/dev/null 2>&1 || echo "failed: $1" >&2; } 2>&1)"
  t1=$(date +%s%N)
  case "$cpu" in failed*)
    echo "$cpu" >&2
    exit 1
    ;;
  esac
  echo "$(((t1 - t0) / 1000000)) $(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%d", (u + s) * 1000 }')"
}

for c in "${commands[@]}"; do run "$c" >/dev/null; done # build, train, warm the file cache

load0="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -a tv ts tn rs rn cv cs cn crs crn
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < 3; k++)); do
    i=$(((r + k) % 3))
    read -r ms cpu <<<"$(run "${commands[$i]}")"
    case $i in
    0) tv[r]=$ms cv[r]=$cpu ;;
    1) ts[r]=$ms cs[r]=$cpu ;;
    2) tn[r]=$ms cn[r]=$cpu ;;
    esac
  done
  rs[r]=$(awk -v a="${ts[r]}" -v b="${tv[r]}" 'BEGIN { printf "%.3f", a / b }')
  rn[r]=$(awk -v a="${tn[r]}" -v b="${tv[r]}" 'BEGIN { printf "%.3f", a / b }')
  crs[r]=$(awk -v a="${cs[r]}" -v b="${cv[r]}" 'BEGIN { printf "%.3f", a / b }')
  crn[r]=$(awk -v a="${cn[r]}" -v b="${cv[r]}" 'BEGIN { printf "%.3f", a / b }')
done
load1="$(cut -d' ' -f1-3 /proc/loadavg)"

stats() { # min median max of the arguments
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%8s %8s %8s", v[1], m, v[NR] }'
}
echo "popvision start-up, $rounds interleaved rounds ($(nproc) processors; load average before $load0, after $load1)"
printf '%-52s %8s %8s %8s\n' "" min median max
printf '%-52s %s\n' "ratio ./popvision simulate / --version" "$(stats "${rs[@]}")"
printf '%-52s %s\n' "ratio ./popvision simulate --no-charts / --version" "$(stats "${rn[@]}")"
printf '%-52s %s\n' "CPU ratio simulate / --version" "$(stats "${crs[@]}")"
printf '%-52s %s\n' "CPU ratio simulate --no-charts / --version" "$(stats "${crn[@]}")"
printf '%-52s %s\n' "ms ./popvision --version" "$(stats "${tv[@]}")"
printf '%-52s %s\n' "ms ./popvision simulate" "$(stats "${ts[@]}")"
printf '%-52s %s\n' "ms ./popvision simulate --no-charts" "$(stats "${tn[@]}")"
printf '%-52s %s\n' "CPU ms ./popvision --version" "$(stats "${cv[@]}")"
printf '%-52s %s\n' "CPU ms ./popvision simulate" "$(stats "${cs[@]}")"
printf '%-52s %s\n' "CPU ms ./popvision simulate --no-charts" "$(stats "${cn[@]}")"
echo "targets: simulate <= 3.0 x --version, --no-charts <= 2.0 x (median wall-time ratios; CPU = user + system"
echo "time of the process tree, less sensitive to other load, for comparison)"
