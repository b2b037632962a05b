"""``python -m vnadmin_docs``: the command line (same as ``vnadmin``)."""

from vnadmin_docs.cli import main

raise SystemExit(main())
