#!/usr/bin/env bash
# Times the whole `bastion backtest --strategy sma-cross` process on a 2,000,700-row one-minute CSV
# (start-up, parsing, simulation, run folder and tear sheet), the CLI row of bench/README.md.
#
#   tools/bench/cli_backtest.sh [runs]          # default 7 runs of each build
#
# Three builds are timed back to back: the plain `dotnet build -c Release` output (what `dotnet run -c Release` runs),
# a framework-dependent ReadyToRun publish (precompiled per assembly, runs on an installed .NET), and the release build
# (`-p:PublishProfile=release`: self-contained, one composite ReadyToRun image of the framework and Bastion, tiered
# compilation off; src/Bastion.Cli/Properties/PublishProfiles/release.pubxml). The data file is generated once
# into artifacts/bench/ and read once before timing, so the page cache is warm. Prints every run, then min and
# median wall seconds per build, with `uptime` before and after: on a shared machine, report the load with the figures.
# Finally checks that the three builds write the same run folder and stdout, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=artifacts/bench/cli
data=$work/data/AAA-1m.csv
plain=src/Bastion.Cli/bin/Release/net10.0/bastion
r2r=$work/r2r/bastion
release=$work/release/bastion
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

dotnet build src/Bastion.Cli -c Release -nologo -v q -clp:ErrorsOnly
dotnet publish src/Bastion.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q -clp:ErrorsOnly
dotnet publish src/Bastion.Cli -c Release -p:PublishProfile=release -o "$work/release" -nologo -v q -clp:ErrorsOnly
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
time_runs "release build" "$release"
uptime

# Same outputs from every build: each writes to the same folder in turn (run.json names it), compared with the plain build's.
run_to() { # binary folder
  rm -rf "$work/out"
  "$1" backtest --strategy sma-cross --data "$data" --out "$work/out" > "$work/out.stdout"
  rm -rf "$2" && mkdir -p "$2" && mv "$work/out" "$2/run" && mv "$work/out.stdout" "$2/stdout"
}
run_to "$plain" "$work/same/plain"
for build in r2r release; do
  run_to "$work/$build/bastion" "$work/same/$build"
  diff -r "$work/same/plain" "$work/same/$build" > /dev/null || { echo "error: the $build build's outputs differ from the plain build's ($work/same)" >&2; exit 1; }
done
echo "outputs: the three builds wrote identical run folders and stdout"
rm -rf "$work/out" "$work/same"
