#!/usr/bin/env bash
# Reproduces docs/BENCHMARKS.md on this machine:
#   1. `notegraph extract` of the real Podman corpus, cold JVM, with several JVM flag sets
#      (median wall time and CPU time of RUNS runs);
#   2. `notegraph bench` on synthetic corpora of SIZES times the real one, heap capped at 1 GB.
# Usage: bench/run.sh            (env: RUNS=5 SIZES=1,10,100 REPEAT=3 OUT=target/bench.md)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/notegraph.jar
[ -f "$JAR" ] || mvn -B -q -o package -DskipTests
CORPUS=(${CORPUS:-../shared/corpus/podman-community ../shared/seeds})
RUNS=${RUNS:-5}
OUT_DIR=$(mktemp -d)
trap 'rm -rf "$OUT_DIR"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(awk '/MemTotal/{printf "%.1f GB", $2/1e6}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| JVM flags | extract wall s (median of $RUNS) | min | CPU s (user+sys, median) |"
echo "|---|---:|---:|---:|"
for flags in "" "-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" \
    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"; do
  walls=(); cpus=()
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$OUT_DIR/out"
    # %e wall, %U+%S CPU of the whole JVM
    /usr/bin/time -o "$OUT_DIR/time" -f "%e %U %S" \
      java $flags -jar "$JAR" extract -q -o "$OUT_DIR/out" "${CORPUS[@]}" >/dev/null 2>&1
    t=$(tail -1 "$OUT_DIR/time")
    walls+=("$(echo "$t" | awk '{print $1}')")
    cpus+=("$(echo "$t" | awk '{printf "%.2f", $2 + $3}')")
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  min() { printf '%s\n' "$@" | sort -n | head -1; }
  echo "| ${flags:-(default)} | $(med "${walls[@]}") | $(min "${walls[@]}") | $(med "${cpus[@]}") |"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -Xmx1g -jar "$JAR" bench --sizes "${SIZES:-1,10,100}" --repeat "${REPEAT:-3}" \
  --real "${CORPUS[0]}" --output "${OUT:-target/bench.md}"
