"""Run the `signpost` command as `python -m signpost`."""

from __future__ import annotations

import sys

from signpost.cli.main import main

sys.exit(main())
