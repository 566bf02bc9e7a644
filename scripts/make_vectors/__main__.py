"""Write the vector files and count their vectors: ``python -m scripts.make_vectors``."""

from __future__ import annotations

from scripts.make_vectors.compose import OUT, build_vectors, render


def main() -> None:
    """Write every generated vector file and print how many vectors each holds."""
    grouped = build_vectors()
    for subject, vectors in grouped.items():
        (OUT / f"{subject}.json").write_text(render(subject, vectors), encoding="utf-8")
        print(f"{subject}: {len(vectors)}")
    print(f"total: {sum(len(v) for v in grouped.values())}")


if __name__ == "__main__":
    main()
