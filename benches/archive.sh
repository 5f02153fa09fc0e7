#!/usr/bin/env bash
# End-to-end figures on a synthetic archive (the README's Performance section):
# jirei against grep over the same files, growth with the archive (500, 1000,
# 2000 files), peak memory, and one bulletin end to end with process start.
#
#   benches/archive.sh [DIR] [RUNS]      # DIR defaults to /tmp/jirei-archive, RUNS to 5
#
# Needs hyperfine and GNU time (`apt-get install hyperfine time`). The archive
# (about 90 MB) is generated into DIR once, outside the repository; outputs go
# to a temporary directory. Other work on the machine skews the figures: run it
# on a quiet machine, and more than once.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-/tmp/jirei-archive}
runs=${2:-5}
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done

cargo build --release --quiet
bin=$PWD/target/release/jirei
if [ ! -d "$dir/2000" ]; then
  cargo gen-archive -- --files 2000 --out "$dir/2000" --seed 42
fi
# The first N files of the archive (the generator makes each file on its own).
for n in 500 1000; do
  if [ ! -d "$dir/$n" ]; then
    mkdir -p "$dir/$n"
    files=("$dir"/2000/*.txt)
    ln "${files[@]:0:$n}" "$dir/$n/"
  fi
done
out=$(mktemp -d)
# The same outputs written to memory (tmpfs) separate the disk's share of a run.
shm=$(mktemp -d -p /dev/shm 2>/dev/null || true)
trap 'rm -rf "$out" ${shm:+"$shm"}' EXIT
echo "archive: $(find "$dir/2000" -name '*.txt' | wc -l) files, $(cat "$dir"/2000/*.txt | wc -c) bytes; $(nproc) cores"
cat "$dir"/2000/*.txt >/dev/null # page cache

echo "== time: grep vs jirei, and growth with the archive"
hyperfine --warmup 1 --runs "$runs" --prepare "rm -rf $out/o" \
  -n grep "grep -c -F 国と地方自治体の連携による雇用対策好事例 -r $dir/2000" \
  -n "jirei 500 files" "$bin extract $dir/500 -o $out/o --quiet" \
  -n "jirei 1000 files" "$bin extract $dir/1000 -o $out/o --quiet" \
  -n "jirei 2000 files" "$bin extract $dir/2000 -o $out/o --quiet"

if [ -n "$shm" ]; then
  echo "== the 2,000 files written to memory (tmpfs): what the disk adds to the run above"
  hyperfine --warmup 1 --runs "$runs" --prepare "rm -rf $shm/o" \
    -n "jirei 2000 files to tmpfs" "$bin extract $dir/2000 -o $shm/o --quiet"
fi

echo "== peak memory (maximum resident set size)"
for n in 500 1000 2000; do
  rm -rf "$out/o"
  /usr/bin/time -f "$n files: %e s, peak RSS %M KB" "$bin" extract "$dir/$n" -o "$out/o" --quiet
done
rm -rf "$out/o"
RAYON_NUM_THREADS=1 /usr/bin/time -f "2000 files, 1 thread: %e s, peak RSS %M KB" \
  "$bin" extract "$dir/2000" -o "$out/o" --quiet

echo "== one bulletin, process start included"
hyperfine -N --warmup 20 --runs 200 "$bin extract raw/000_c693df1a71a4b295.txt"
