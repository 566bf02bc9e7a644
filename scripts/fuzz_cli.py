"""Fuzz `fasttrack assess` with generated input lines and check its promises.

    python -m scripts.fuzz_cli 100000 [SEED]

Generates input lines (scripts/fuzz_lines.py: random JSON, valid and broken cases,
bad bytes and escapes, repeated keys, odd numbers, blank, oversize and deeply nested
lines); streams them through one
`python -m fasttrack_rules assess` process (written by one thread, read line by line
by another, so neither side holds the whole input); and checks that there is no
traceback (nothing on stderr), exactly one output line per input line, each valid
UTF-8 and JSON, a result or an error object naming its line, a known code and a field
(or null), and never INTERNAL_ERROR. It reports the process's peak resident memory.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import IO, Any

from scripts.fuzz_lines import line

CODES = {
    "UNKNOWN_FIELD",
    "MISSING_FIELD",
    "INVALID_TYPE",
    "INVALID_DATE",
    "INVALID_VALUE",
    "EVENT_AFTER_AS_OF",
    "OUT_OF_RANGE",
    "INVALID_JSON",
    "INVALID_ENCODING",
    "EMPTY_LINE",
    "DUPLICATE_KEY",
    "LINE_TOO_LONG",
}


def _high_water_kib(pid: int) -> int:
    """The peak resident memory of a running process since its exec (Linux: ``VmHWM``;
    the rusage of a child would also count the pages it shared with its parent before
    exec). 0 where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def _start_assess() -> subprocess.Popen[bytes]:
    """One ``fasttrack assess`` process reading stdin, as users run it: not traced by a
    coverage run around this one."""
    return subprocess.Popen(
        [sys.executable, "-m", "fasttrack_rules", "assess"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "COVERAGE_PROCESS_CONFIG"},
    )


def _write_lines(stdin: IO[bytes], rng: random.Random, n: int, sent: list[int]) -> None:
    """Write ``n`` lines to ``stdin`` and close it, counting the bytes in ``sent[0]``."""
    with stdin:
        for _ in range(n):
            data = line(rng) + b"\n"
            sent[0] += len(data)
            stdin.write(data)


def _outcome(k: int, raw: bytes) -> str:
    """The outcome of output line ``k`` (its error code, or ``(result)``), checked against
    the promises."""
    assert raw.endswith(b"\n"), k
    obj = json.loads(raw.decode("utf-8"))  # strict UTF-8, then JSON
    if "error" in obj:
        assert obj["line"] == k, (k, obj)
        assert obj["error"]["code"] in CODES, obj
        assert obj["error"]["field"] is None or isinstance(obj["error"]["field"], str), obj
        return str(obj["error"]["code"])
    assert obj["track"] in ("fast_track", "ordinary", "undetermined"), obj
    return "(result)"


def _read_outcomes(proc: subprocess.Popen[bytes], stdout: IO[bytes]) -> tuple[Counter[str], int, int]:
    """The outcomes counted, the number of lines read, and the peak memory seen while reading."""
    codes: Counter[str] = Counter()
    k = peak = 0
    for k, raw in enumerate(stdout, 1):
        codes[_outcome(k, raw)] += 1
        if k % 1000 == 0:
            peak = max(peak, _high_water_kib(proc.pid))
    return codes, k, peak


def fuzz(n: int, seed: int = 0) -> dict[str, Any]:
    """Stream ``n`` generated lines through one ``fasttrack assess`` process and check its
    promises; the report counts the outcomes.

    Raises:
        AssertionError: a promise is broken (a traceback, a missing or malformed output line).
    """
    rng = random.Random(seed)
    proc = _start_assess()
    stdin, stdout, stderr_pipe = proc.stdin, proc.stdout, proc.stderr
    assert stdin is not None
    assert stdout is not None
    assert stderr_pipe is not None
    sent = [0]
    stderr: list[bytes] = []
    writer = threading.Thread(target=_write_lines, args=(stdin, rng, n, sent))
    reader = threading.Thread(target=lambda: stderr.append(stderr_pipe.read(1 << 16)))
    start = time.perf_counter()
    writer.start()
    reader.start()
    codes, k, peak = _read_outcomes(proc, stdout)
    writer.join()
    reader.join()
    peak = max(peak, _high_water_kib(proc.pid))  # if it has not exited yet
    proc.wait()
    elapsed = time.perf_counter() - start
    assert stderr == [b""], stderr[0][-2000:].decode(errors="replace")
    assert proc.returncode in (0, 1), proc.returncode
    assert k == n, (k, n)
    return {
        "lines": n,
        "seconds": elapsed,
        "bytes": sent[0],
        "peak_rss_mib": round(peak / 1024, 1),
        "outcomes": dict(codes.most_common()),
    }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    report = fuzz(n, seed)
    print(json.dumps(report, indent=1))
