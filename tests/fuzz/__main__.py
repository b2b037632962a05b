"""``python -m tests.fuzz``: a fuzz run from the command line (the long run for a release).

Examples::

    python -m tests.fuzz --seconds 3600                      # one hour, every real file
    python -m tests.fuzz --inputs 20000 --ci                 # what CI runs
    python -m tests.fuzz --seconds 600 --save tests/fuzz/regressions
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.fuzz import engine, mutate_docx
from tests.fuzz.seeds import CI_MAX_SEED_BYTES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3600.0, help="wall-time budget")
    parser.add_argument("--inputs", type=int, default=10**9, help="stop after this many")
    parser.add_argument("--seed", default=str(engine.DEFAULT_SEED), help="the run's seed")
    parser.add_argument("--workers", type=int, default=None, help="child processes")
    parser.add_argument("--save", type=Path, default=None, help="write failing inputs here")
    parser.add_argument(
        "--ci", action="store_true", help=f"the CI profile: real files up to {CI_MAX_SEED_BYTES} B"
    )
    parser.add_argument(
        "--heavy",
        type=float,
        default=None,
        help="share of sizes drawn from the heavy end (CI 0.015; default here 0.05)",
    )
    args = parser.parse_args(argv)
    seed: int | str = int(args.seed) if args.seed.isdigit() else args.seed
    heavy = args.heavy if args.heavy is not None else (mutate_docx.HEAVY if args.ci else 0.05)
    result = engine.run(
        inputs=args.inputs,
        seconds=args.seconds,
        seed=seed,
        workers=args.workers,
        save_dir=args.save,
        max_seed_bytes=CI_MAX_SEED_BYTES if args.ci else None,
        heavy=heavy,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    print(result.summary())
    bad = sum(result.count(kind) for kind in ("foreign", "timeout", "memory", "crash"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
