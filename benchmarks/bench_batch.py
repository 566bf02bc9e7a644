"""Stream large batches through `fasttrack assess`: cases per second and peak memory.

    python -m benchmarks.bench_batch                 # 10,000, 100,000 and 1,000,000 lines
    python -m benchmarks.bench_batch --one 1000000   # one size

Each size runs in a fresh parent process that writes the cases to one
`python -m fasttrack_rules assess` child line by line (its output goes to /dev/null)
and reads the child's peak resident memory (ru_maxrss) after it exits. Memory that
stays flat from 10,000 to 1,000,000 lines shows that the command streams.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from benchmarks.bench_assess import TYPICAL


def one(n: int) -> dict[str, float]:
    templates = list(TYPICAL.values())
    child = subprocess.Popen(
        [sys.executable, "-m", "fasttrack_rules", "assess"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    assert child.stdin is not None
    start = time.perf_counter()
    for i in range(n):
        child.stdin.write((json.dumps({**templates[i % len(templates)], "id": str(i)}) + "\n").encode())
    child.stdin.close()
    code = child.wait()
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "lines": n,
        "exit": code,
        "seconds": round(elapsed, 1),
        "cases_per_second": round(n / elapsed),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(int(sys.argv[2]))))
        return
    print("| lines | seconds | cases/s | peak RSS of `fasttrack assess` (MiB) |")
    print("|---:|---:|---:|---:|")
    for n in (10_000, 100_000, 1_000_000):
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_batch", "--one", str(n)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout)
        print(f"| {n:,} | {r['seconds']} | {r['cases_per_second']:,} | {r['peak_rss_mib']} |")


if __name__ == "__main__":
    main()
