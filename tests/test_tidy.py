"""The preview tidies Python's memory a moment after a build, never during the next one
(engine/tidy.py)."""

from __future__ import annotations

import gc
import time

from signpost.engine.tidy import Tidy


def test_memory_is_frozen_a_moment_after_a_build_unless_a_build_starts() -> None:
    gc.unfreeze()
    try:
        tidy = Tidy(delay=0.05)
        tidy.soon()
        tidy.cancel()  # a save started the next build first
        time.sleep(0.3)
        assert gc.get_freeze_count() == 0
        tidy.soon()
        deadline = time.monotonic() + 10
        while gc.get_freeze_count() == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
