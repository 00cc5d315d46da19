#!/usr/bin/env bash
# Reproduces the tables of docs/BENCHMARKS.md on this machine:
#   1. `./notegraph extract` end to end (JVM start, model loading and output included), fresh JVM
#      per run: the real Podman corpus, the same corpus two and four times over (1 and 2 MB), and synthetic
#      corpora of SIZES times the real one (the contributors' generator in src/test/java,
#      io.notegraph.devtools.GenerateNotes: not shipped in the product jar), each with the
#      JVM settings the launcher picks for its size (heap cap included);
#   2. `notegraph bench`: time per stage on the synthetic corpora (skip with STAGES=0).
# Usage: bench/run.sh      (env: RUNS=5 SIZES=1,10,100 STAGES=1 OUT=target/bench.md)
# Run it on an idle machine: other processes on the same cores make every wall time longer.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/notegraph.jar ] && [ -d target/test-classes/io/notegraph/devtools ] \
  || mvn -B -q package -DskipTests
REAL=(${CORPUS:-../shared/corpus/podman-community ../shared/seeds})
RUNS=${RUNS:-5}
SIZES=${SIZES:-1,10,100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(awk '/MemTotal/{printf "%.1f GB", $2/1e6}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb() { find "$@" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.2f", s / 1e6}'; }

# extract LABEL RUNS [env...] -- INPUTS...: one table row, medians over RUNS fresh JVMs.
extract() {
  local label=$1 runs=$2; shift 2
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local walls=() cpus=() rss=()
  local kb; kb=$(du -sk "$@" | awk '{s += $1} END {print s}')
  local jvm="C1, serial GC, CDS"  # as ./notegraph decides
  [ "$kb" -gt 32000 ] && jvm="C2 only, parallel GC, -Xmx$((kb * 12 / 1024 < 512 ? 512 : kb * 12 / 1024))m"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$WORK/out"
    env "${envs[@]}" /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" \
      ./notegraph extract -q -o "$WORK/out" "$@" >/dev/null 2>&1
    read -r e u s m < <(tail -1 "$WORK/time")
    walls+=("$e"); cpus+=("$(echo "$u $s" | awk '{printf "%.2f", $1 + $2}')")
    rss+=("$(echo "$m" | awk '{printf "%.0f", $1 / 1024}')")
  done
  local size; size=$(mb "$@")
  local w; w=$(med "${walls[@]}")
  echo "| $label | $size | $w | $(printf '%s\n' "${walls[@]}" | sort -n | head -1)" \
    "| $(echo "$size $w" | awk '{printf "%.2f", $1 / $2}') | $(med "${cpus[@]}")" \
    "| $(med "${rss[@]}") | $jvm ${envs[*]:-} |"
}

echo "| input | MB | wall s (median) | wall s (min) | MB/s | CPU s | peak RSS MB | JVM |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
extract "Podman corpus (44 files)" "$RUNS" -- "${REAL[@]}"
for k in 1 2 3 4; do
  mkdir -p "$WORK/real4/copy$k"
  for d in "${REAL[@]}"; do cp "$d"/* "$WORK/real4/copy$k/"; done
done
extract "Podman corpus x2 (88 files)" "$RUNS" -- "$WORK/real4/copy1" "$WORK/real4/copy2"
extract "Podman corpus x4 (176 files)" "$RUNS" -- "$WORK/real4"
java -cp target/notegraph.jar:target/test-classes io.notegraph.devtools.GenerateNotes \
  --sizes "$SIZES" --work "$WORK/gen" >/dev/null
IFS=, read -r -a sizes <<< "$SIZES"
last=${sizes[${#sizes[@]}-1]}
for s in "${sizes[@]}"; do
  runs=$RUNS; [ "$s" = "$last" ] && [ "$s" != 1 ] && runs=3
  extract "synthetic ${s}x" "$runs" -- "$WORK/gen/notes-${s}x"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ "${STAGES:-1}" != 0 ]; then
  gen=(); for s in "${sizes[@]}"; do gen+=("$WORK/gen/notes-${s}x"); done
  java -Xmx1g -jar target/notegraph.jar bench "${gen[@]}" --repeat "${REPEAT:-1}" \
    --output "${OUT:-target/bench.md}"
fi
