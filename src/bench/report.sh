# Sourced by each benchmark script from the project root, with the benchmark's name: everything the script prints
# from then on also goes to a dated report, target/bench/NAME-<UTC time>.txt, headed by where and when it ran.
BENCH_REPORT="target/bench/$1-$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p target/bench
exec > >(tee -a "$BENCH_REPORT") 2>&1
echo "# $1, $(date -u '+%Y-%m-%d %H:%M:%S UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "# machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'echo "# report: $BENCH_REPORT"' EXIT
