"""Material's side navigation is rendered once per set of links, byte for byte as Material does."""

from __future__ import annotations

import filecmp
from pathlib import Path

from conftest import REPO, build_into, copy_site
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from mkdocs.utils import get_relative_url
from signpost.engine.stages.shared_nav import nav_key, nav_targets

UNCACHED = (
    "from signpost.engine.plugin import SignpostBuild\n"
    "from signpost.engine.stages import STAGES, SharedNavStage\n"
    "class Uncached(SharedNavStage):\n"
    "    def shared_nav(self, page, nav, caller):\n"
    "        return caller()\n"
    "order = tuple(Uncached if s is SharedNavStage else s for s in STAGES)\n"
    "globals().update(SignpostBuild(order).events())\n"
)


def _nav(tmp_path: Path) -> object:
    config = MkDocsConfig()
    config.load_dict(
        {"site_name": "x", "docs_dir": str(tmp_path), "nav": ["index.md", "a.md", "find/index.md"]}
    )
    config.validate()
    files = Files(
        [
            File(name, str(tmp_path), str(tmp_path / "site"), True)
            for name in ("index.md", "a.md", "find/index.md")
        ]
    )
    return get_navigation(files, config)


PAGES = [
    "services/one/",
    "services/two/",
    "services/two/extra/",
    "find/a-z/",
    "find/a-z/page-2/",
    "find/area/north/",
    "find/",
    "glossary/",
    "a/",
    "one.html",
    "x/two.html",
    "x/three.html",
]


def test_pages_share_a_navigation_only_where_every_link_in_it_is_the_same(tmp_path: Path) -> None:
    nav = _nav(tmp_path)
    targets = nav_targets(nav, "assets/logo.svg")  # type: ignore[arg-type]
    assert {"", "a/", "find/", "assets/logo.svg"} <= set(targets)
    for one in PAGES:
        for two in PAGES:
            if nav_key(one, targets) == nav_key(two, targets):
                assert [get_relative_url(t, one) for t in targets] == [
                    get_relative_url(t, two) for t in targets
                ], (one, two)
    assert nav_key("services/one/", targets) == nav_key("services/two/", targets)
    assert nav_key("services/one/", targets) != nav_key("find/a-z/", targets)
    assert nav_key("find/a-z/", targets) != nav_key("find/area/north/", targets)


def test_a_site_built_with_the_shared_navigation_is_the_site_built_without_it(
    tmp_path: Path,
) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    shared = build_into(root, tmp_path / "shared")
    assert shared.returncode == 0, shared.output
    (root / "uncached.py").write_text(UNCACHED)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace(f"{REPO}/hooks/signpost_build.py", "uncached.py"))
    uncached = build_into(root, tmp_path / "uncached")
    assert uncached.returncode == 0, uncached.output
    pages = sorted(
        p.relative_to(tmp_path / "shared") for p in (tmp_path / "shared").rglob("*.html")
    )
    assert len(pages) > 10
    _, mismatch, errors = filecmp.cmpfiles(
        tmp_path / "shared", tmp_path / "uncached", pages, shallow=False
    )
    assert (mismatch, errors) == ([], [])
