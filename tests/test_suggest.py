from __future__ import annotations

from signpost.core.suggest import closest, did_you_mean


def test_closest_finds_a_typo() -> None:
    assert closest("short-break", ["short-breaks", "health"]) == "short-breaks"
    assert closest("zzz", ["short-breaks", "health"]) is None


def test_did_you_mean_lists_choices_when_nothing_is_close() -> None:
    assert did_you_mean("nmae", ["name", "cost"]) == 'did you mean "name"?'
    assert did_you_mean("zzz", ["name", "cost"]) == "use one of: cost, name"
