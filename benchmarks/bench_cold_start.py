"""Cold-start benchmark: one case through ``fasttrack assess`` in a new process, beside a
bare Python start (``python -c "import json"``), measured side by side.

    python -m pip install -e . && python benchmarks/bench_cold_start.py [RUNS]

The two commands alternate, RUNS times each (default 21), after three unmeasured rounds;
the script prints the median and the minimum of each and the ratio of the medians. The
package is compiled to bytecode first and the children run without
``PYTHONDONTWRITEBYTECODE``, as an installed wheel would. The figures in
docs/performance.md come from this script.
"""

from __future__ import annotations

import compileall
import os
import pathlib
import statistics
import subprocess
import sys
import time

import fasttrack_rules

CASE = (
    b'{"first_day_of_absence": "2025-03-03", "as_of": "2025-03-20", "sick_person": "employee", '
    b'"over_8_weeks": true, "request": {"by": "employer", "date": "2025-03-18"}}\n'
)


def fasttrack_command() -> list[str]:
    """The installed ``fasttrack`` script beside this interpreter, else ``python -m fasttrack_rules``."""
    script = pathlib.Path(sys.executable).parent / "fasttrack"
    return [str(script)] if script.exists() else [sys.executable, "-m", "fasttrack_rules"]


def seconds(command: list[str], stdin: bytes, env: dict[str, str]) -> float:
    """Wall-clock seconds of one run of ``command``, which must succeed."""
    start = time.perf_counter()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    compileall.compile_dir(pathlib.Path(fasttrack_rules.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    bare = [sys.executable, "-c", "import json"]
    assess = [*fasttrack_command(), "assess"]
    python: list[float] = []
    cold: list[float] = []
    for k in range(3 + runs):
        python_s, cold_s = seconds(bare, b"", env), seconds(assess, CASE, env)
        if k >= 3:
            python.append(python_s)
            cold.append(cold_s)
    bare_ms, cold_ms = statistics.median(python) * 1e3, statistics.median(cold) * 1e3
    print(f"Python {sys.version.split()[0]}, with bytecode, {runs} alternating runs each\n")
    print("| command | median (ms) | min (ms) |")
    print("|---|---:|---:|")
    print(f'| `python -c "import json"` | {bare_ms:.1f} | {min(python) * 1e3:.1f} |')
    print(f"| `fasttrack assess` (one case) | {cold_ms:.1f} | {min(cold) * 1e3:.1f} |")
    print(f"\nratio of the medians: {cold_ms / bare_ms:.1f}x")


if __name__ == "__main__":
    main()
