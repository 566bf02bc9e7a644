"""Speed and memory, each beside a baseline measured in the same run: ``python -m benchmarks``
(docs/performance.md)."""
