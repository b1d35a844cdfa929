"""Load a golden service case the way the site does, for tests and for reviewing cases."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from signpost.directory.load import Directory, load_directory

SERVICES = Path(__file__).parent / "fixtures" / "services"
TODAY = dt.date(2026, 11, 24)


def load_case(case: Path, workdir: Path) -> Directory:
    """Copy a case (one file, or a folder of files) beside the fixture taxonomy and load it."""
    folder = workdir / "directory"
    folder.mkdir(parents=True)
    shutil.copy(SERVICES / "_taxonomy.yml", folder / "_taxonomy.yml")
    files = sorted(case.iterdir()) if case.is_dir() else [case]
    for file in files:
        if file.suffix in {".yml", ".yaml"}:
            shutil.copy(file, folder / file.name)
    return load_directory(folder, "directory", TODAY)


def cases(kind: str) -> list[Path]:
    """Return the cases of one kind ("valid" or "invalid")."""
    root = SERVICES / kind
    return sorted(p for p in root.iterdir() if p.is_dir() or p.suffix in {".yml", ".yaml"})


if __name__ == "__main__":
    import sys
    import tempfile

    for case in cases(sys.argv[1] if len(sys.argv) > 1 else "invalid"):
        with tempfile.TemporaryDirectory() as tmp:
            print(f"== {case.name}")
            for problem in load_case(case, Path(tmp)).problems:
                print(problem)
