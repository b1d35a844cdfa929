"""`signpost export`: open data and page data from the repository alone, without MkDocs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import Build

RUN_WITHOUT_MKDOCS = """
import sys
from signpost.cli.main import main
code = main(["export", "--root", sys.argv[1], sys.argv[2]])
assert "mkdocs" not in sys.modules and "material" not in sys.modules, "MkDocs was imported"
sys.exit(code)
"""


def test_export_writes_the_builds_open_data_without_importing_mkdocs(
    basic_site: Build, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_MKDOCS, str(basic_site.root), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    built = basic_site.site / "openreferral"
    exported = sorted(
        p.relative_to(out / "openreferral") for p in (out / "openreferral").rglob("*.json")
    )
    assert exported == sorted(p.relative_to(built) for p in built.rglob("*.json"))
    for name in exported:
        assert json.loads((out / "openreferral" / name).read_text()) == json.loads(
            (built / name).read_text()
        )
    data = json.loads((out / "pages.json").read_text())
    services = [p["src_uri"] for p in data["pages"] if p["template"] == "signpost/service.html"]
    assert len(services) == 7
    for uri in services:
        assert (basic_site.site / uri.removesuffix(".md") / "index.html").is_file()
    assert set(data["search_filters"]) == {uri[len("services/") : -3] for uri in services}
