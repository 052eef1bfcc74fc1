#!/usr/bin/env bash
# Fuzz one Byline entry point with AFL++ through SharpFuzz for a bounded time, then list what crashed or hung.
#   bash tests/Byline.Fuzz/fuzz.sh text|html SECONDS
# Needs afl-fuzz (Debian: apt-get install -y afl++). Output: artifacts/fuzz/TARGET/ (bin/, in/, findings/).
# A second run with the same target resumes from its findings (AFL_AUTORESUME).
set -euo pipefail
usage() { echo "usage: $0 text|html SECONDS" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
target=$1 duration=$2
[[ $target == text || $target == html ]] || usage
[[ $duration =~ ^[0-9]+$ ]] || usage
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 1; }

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/artifacts/fuzz/$target
bin=$out/bin
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== build (Release) to $bin"
rm -rf "$bin"
dotnet publish "$here/Byline.Fuzz.csproj" -c Release -o "$bin" -p:UseAppHost=false --nologo -v quiet

echo "== instrument"
(cd "$here" && dotnet tool restore >/dev/null)
instrument() { (cd "$here" && dotnet sharpfuzz "$bin/$1"); }
instrument Byline.dll
# The HTML target also gets coverage from AngleSharp's tokenizer and tree builder.
if [[ $target == html ]]; then instrument AngleSharp.dll; fi

echo "== seed corpus"
rm -rf "$out/in"
mkdir -p "$out/in"
cp "$root"/samples/data/* "$here"/seeds/* "$out/in/"
ls "$out/in"

echo "== afl-fuzz $target for ${duration}s"
# dotnet is not an AFL-instrumented binary (SharpFuzz writes the coverage map from the managed code),
# a container has no CPU frequency scaling and may pipe core dumps elsewhere, and other jobs share the cores.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_SKIP_CRASHES=1
log=$out/afl-fuzz.log
echo "   (afl-fuzz log: $log)"
afl-fuzz -i "$out/in" -o "$out/findings" -x "$here/byline.dict" -t 10000 -m none -V "$duration" \
  -- dotnet "$bin/Byline.Fuzz.dll" "$target" > "$log" 2>&1 || { tail -30 "$log"; exit 1; }
grep -E 'Statistics|Time limit' "$log" | sed 's/\x1b\[[0-9;]*m//g' || true

stats=$out/findings/default/fuzzer_stats
if [[ -f $stats ]]; then
  echo "== stats"
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs|edges_found|bitmap_cvg) ' "$stats" || true
fi

echo "== crashes and hangs (reproduce with: dotnet $bin/Byline.Fuzz.dll $target < FILE)"
found=0
for f in "$out"/findings/default/crashes*/id:* "$out"/findings/default/hangs*/id:*; do
  [[ -e $f ]] || continue
  found=1
  echo "-- $f ($(stat -c %s "$f") bytes)"
  result=$(timeout 60 dotnet "$bin/Byline.Fuzz.dll" "$target" < "$f" 2>&1) && status=0 || status=$?
  if [[ $status == 0 ]]; then echo "   (does not reproduce in one run)"; else
    echo "   exit $status"; grep -m 4 -E 'Exception|   at ' <<< "$result" || true; fi
done
[[ $found == 1 ]] || echo "none"
