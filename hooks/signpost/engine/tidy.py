"""The preview tidies Python's memory between saves, not during them.

The preview keeps a lot in memory from one build to the next (finished pages, what was read
from each file), and Python's cycle collector now and then walks all of it: a pause of a third
of a second at 1,000 services, in the middle of whichever build it falls in. So a moment after
each build, when the editor is looking at the page, the preview collects once and then freezes
what is left (`gc.freeze`), which the collector then leaves alone until the next tidy.
"""

from __future__ import annotations

import gc
import threading

DELAY = 0.5  # seconds after a build: the page is shown and the editor is reading it


class Tidy:
    """Collect and freeze Python's memory a moment after each preview build."""

    def __init__(self, delay: float = DELAY) -> None:
        self.delay = delay
        self.timer: threading.Timer | None = None

    def soon(self) -> None:
        """Tidy a moment from now, unless a build starts first."""
        self.cancel()
        self.timer = threading.Timer(self.delay, self.now)
        self.timer.daemon = True
        self.timer.start()

    def cancel(self) -> None:
        """A build is starting: do not tidy during it."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def now(self) -> None:
        """Collect everything, then leave what is still in use out of later collections."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()
