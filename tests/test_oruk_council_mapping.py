"""The council's mapping file: its feed's words to our lists, and defaults where it is silent."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from signpost.cli.import_oruk import import_services
from signpost.cli.main import main
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.taxonomy import load_taxonomy
from signpost.openreferral.council_mapping import load_mapping

ORUK = Path(__file__).parent / "fixtures" / "oruk"
MAPPING = ORUK / "mapping"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "directory").mkdir()
    shutil.copy(ORUK / "_taxonomy.yml", tmp_path / "directory" / "_taxonomy.yml")
    return tmp_path


def _data(root: Path, name: str) -> dict[str, object]:
    doc = parse_text((root / "directory" / name).read_text(), name)
    assert isinstance(doc, Document)
    return doc.data


def test_a_broken_mapping_file_is_reported_by_line_and_nothing_is_imported(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(MAPPING / "broken-mapping.yml", root / "import-mapping.yml")
    source = str(ORUK / "shapes" / "oruk1-listing.json")
    assert main(["import-oruk", source, "--root", str(root)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        'import-mapping.yml:2: terms.Swimming.categories[1]: "short-break" is not a known '
        'category: did you mean "short-breaks"? (see directory/_taxonomy.yml)',
        'import-mapping.yml:3: terms.Under 5s.ages[1]: "0-5" is not a known age band: '
        'did you mean "0-4"? (see directory/_taxonomy.yml)',
        'import-mapping.yml:4: terms.Messy play: "ignor" is not understood: write ignore, or '
        "what it means, like {categories: [short-breaks]} or {needs: [autism]}",
        "import-mapping.yml:6: defaults.cost: is empty: fill it in, or remove the line if it "
        "is optional",
        'import-mapping.yml:7: defaults: "colour" is not a known key: use one of: ages, areas, '
        "categories, cost, how_to_access",
        "The mapping file has 5 problems: fix them, then import again.",
    ]
    assert [p.name for p in (root / "directory").iterdir()] == ["_taxonomy.yml"]


def test_words_map_and_defaults_fill_only_what_the_feed_leaves_out(root: Path) -> None:
    taxonomy, _ = load_taxonomy(root / "directory" / "_taxonomy.yml", "t")
    council, problems = load_mapping(MAPPING / "import-mapping.yml", "m.yml", taxonomy)
    assert problems == []
    source = ORUK / "shapes" / "oruk1-listing.json"
    summary = import_services(source, root / "directory", today=TODAY, council=council)
    group = _data(root, "northshire-autism-parent-group.yml")
    assert (group["areas"], group["cost"]) == (["north"], "Free"), "the feed's own values win"
    assert group["how_to_access"] == "Ring or email the service to ask how to start."
    swim = _data(root, "southgate-sensory-swim.yml")
    assert swim["categories"] == ["short-breaks"], "Swimming is mapped"
    assert (swim["areas"], swim["cost"]) == (["north", "south"], "Ask the service")
    assert swim["age"] == {"min": 4, "max": 12}
    text = (root / "directory" / "southgate-sensory-swim.yml").read_text()
    assert "#   - cost: the council's default from the mapping file" in text
    assert "#   - areas: the council's default from the mapping file" in text
    assert (
        "pc_targetAudience"
        not in (root / "directory" / "northshire-autism-parent-group.yml").read_text()
    )
    assert not [line for line in summary.attention if "Swimming" in line]


def test_an_audience_maps_to_ages_when_the_feed_gives_none(root: Path) -> None:
    taxonomy, _ = load_taxonomy(root / "directory" / "_taxonomy.yml", "t")
    council, _ = load_mapping(MAPPING / "import-mapping.yml", "m.yml", taxonomy)
    source = root / "in.json"
    source.write_text('{"id": "a", "name": "Chat Club", "pc_targetAudience": "Parents and carers"}')
    import_services(source, root / "directory", today=TODAY, council=council)
    assert _data(root, "chat-club.yml")["age"] == {"min": 0, "max": 25}


def test_suggest_mapping_lists_every_word_with_its_count_and_closest_id(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(ORUK / "shapes" / "oruk1-listing.json")
    (root / "import-mapping.yml").write_text("")  # as `> import-mapping.yml` leaves it
    assert main(["import-oruk", source, "--root", str(root), "--suggest-mapping"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert (
        '  # "Autism": {needs: [autism]}  # 1 service; pc-needs; already matches the taxonomy'
        in lines
    )
    assert (
        '  # "Swimming": ignore  # 1 service; pc-activities; nothing close: say what it means, or ignore'
        in lines
    )
    assert (
        '  "Parents and carers": {needs: [autism]}  # 1 service; pc_targetAudience; closest match: check it'
        not in lines
    )
    assert 'audience_fields: ["pc_targetAudience"]' in lines
    assert [p.name for p in (root / "directory").iterdir()] == ["_taxonomy.yml"]
    (root / "import-mapping.yml").write_text(out)
    taxonomy, _ = load_taxonomy(root / "directory" / "_taxonomy.yml", "t")
    assert load_mapping(root / "import-mapping.yml", "import-mapping.yml", taxonomy)[1] == []
