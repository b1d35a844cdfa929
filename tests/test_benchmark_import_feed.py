"""The import benchmark's generated feed, at a small size: the figures it prints add up."""

from __future__ import annotations

from pathlib import Path

from benchmarks.import_feed import run


def test_a_small_generated_feed_imports_with_no_published_failures(tmp_path: Path) -> None:
    result = run(60, tmp_path)
    assert result.passing + result.drafts == 60
    assert result.failing_published == 0
    assert result.drafts_with_needs == result.drafts > 0
    assert result.passing >= 45
