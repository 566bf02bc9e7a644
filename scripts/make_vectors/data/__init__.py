"""The vector builder's inputs, as plain data: named example cases, the error cases, the raw
lines, the partner rules, the chosen days and the vectors written by hand. The modules here
hold values only; the builder modules beside this package turn them into vectors, and the
tests read the same values."""
