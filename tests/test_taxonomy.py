from __future__ import annotations

from pathlib import Path

from signpost.directory.taxonomy import load_taxonomy

FIXTURE = Path(__file__).parent / "fixtures" / "services" / "_taxonomy.yml"
DEMO = Path(__file__).parents[1] / "directory" / "_taxonomy.yml"


def test_fixture_and_demo_taxonomies_load() -> None:
    for file in (FIXTURE, DEMO):
        taxonomy, problems = load_taxonomy(file, "directory/_taxonomy.yml")
        assert problems == []
        assert taxonomy is not None
        assert taxonomy.label("areas", "north").lower().startswith("north")


def test_demo_age_bands_cover_0_to_25_without_gaps() -> None:
    taxonomy, _ = load_taxonomy(DEMO, "directory/_taxonomy.yml")
    assert taxonomy is not None
    ages = sorted(age for band in taxonomy.age_bands for age in range(band.min, band.max + 1))
    assert ages == list(range(26))


def test_repeated_ids_and_bad_ids_are_reported(tmp_path: Path) -> None:
    text = FIXTURE.read_text().replace("id: health,", "id: short-breaks,")
    text = text.replace("id: south,", "id: South Side,")
    file = tmp_path / "_taxonomy.yml"
    file.write_text(text)
    _, problems = load_taxonomy(file, "directory/_taxonomy.yml")
    messages = [str(p) for p in problems]
    assert any(
        m.startswith("directory/_taxonomy.yml:2: categories:")
        and '"short-breaks" is used more' in m
        for m in messages
    ), messages
    assert any("areas[2].id" in m and "lowercase letters" in m for m in messages)


def test_missing_taxonomy_is_reported(tmp_path: Path) -> None:
    taxonomy, problems = load_taxonomy(tmp_path / "_taxonomy.yml", "directory/_taxonomy.yml")
    assert taxonomy is None
    assert "missing" in problems[0].message


def test_age_band_overlap() -> None:
    taxonomy, _ = load_taxonomy(DEMO, "directory/_taxonomy.yml")
    assert taxonomy is not None
    band = next(b for b in taxonomy.age_bands if b.id == "5-10")
    assert band.overlaps(10, 14)
    assert band.overlaps(0, 25)
    assert not band.overlaps(11, 15)
    assert not band.overlaps(0, 4)
