#!/usr/bin/env bash
# Times the whole `bastion backtest --strategy sma-cross` process on a 2,000,700-row one-minute CSV
# (start-up, parsing, simulation, run folder and tear sheet), the CLI row of bench/README.md.
#
#   tools/bench/cli_backtest.sh [runs]          # default 7 runs of each build
#
# Two builds are timed back to back: the plain `dotnet build -c Release` output (what `dotnet run -c Release` runs)
# and a ReadyToRun publish (precompiled, framework-dependent; what a release ships). The data file is generated once
# into artifacts/bench/ and read once before timing, so the page cache is warm. Prints every run, then min and
# median wall seconds per build, with `uptime` before and after: on a shared machine, report the load with the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=artifacts/bench/cli
data=$work/data/AAA-1m.csv
plain=src/Bastion.Cli/bin/Release/net10.0/bastion
r2r=$work/r2r/bastion
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

dotnet build src/Bastion.Cli -c Release -nologo -v q -clp:ErrorsOnly
dotnet publish src/Bastion.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q -clp:ErrorsOnly
if [[ ! -f $data ]]; then
  "$plain" data generate --names AAA --days 5130 --resolution 1m --seed 7 --out "$work/data" > /dev/null
fi
cat "$data" > /dev/null

time_runs() { # label binary
  local times=()
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/out"
    local t
    t=$( { /usr/bin/time -f '%e %U %S' "$2" backtest --strategy sma-cross --data "$data" --out "$work/out" > /dev/null; } 2>&1 | tail -1)
    echo "$1 run $i: wall/user/sys s = $t"
    times+=("${t%% *}")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s: min %.2f s, median %.2f s over %d runs = %.2f M bars/s at the median (2,000,700 bars)\n", label, v[1], m, NR, 2.0007 / m }'
}

uptime
time_runs "dotnet build" "$plain"
time_runs "ReadyToRun publish" "$r2r"
uptime
rm -rf "$work/out"
