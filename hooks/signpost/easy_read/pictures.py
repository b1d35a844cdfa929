"""The project's picture library: simple line drawings for easy read, with alt text and words.

`pictures/library.yml` lists each picture once:

    pictures:
      plan:
        alt: A sheet of paper with writing on it
        words: [plan, plans]

and `pictures/plan.svg` is the drawing. Easy read pages put `:picture-plan:` before an idea.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, ValidationError

from signpost.core.errors import Problem
from signpost.core.suggest import closest
from signpost.core.validation import validate
from signpost.core.yaml_source import load_document
from signpost.directory.model import Strict, Text

LIBRARY_FILE = "library.yml"
PREFIX = "picture-"
PictureId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
SVG = "{http://www.w3.org/2000/svg}"
# Line drawings need only these; anything else (scripts, links, images) is not a drawing.
DRAWING_TAGS = frozenset(
    {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "title"}
)


class Picture(Strict):
    """One picture: what it shows (its alt text) and the words it fits."""

    alt: Text = Field(description="What the picture shows, for people who cannot see it.")
    words: list[Text] = Field(min_length=1, description="Words of an idea this picture fits.")


class LibraryFile(Strict):
    """`pictures/library.yml`: every picture of the library, by id."""

    pictures: dict[PictureId, Picture]


@dataclass(frozen=True)
class PictureLibrary:
    """The pictures easy read pages may use, where they are, and which words each fits."""

    folder: Path
    pictures: dict[str, Picture]

    def get(self, shortcode: str) -> tuple[str, Picture] | None:
        """Return the id and picture for a shortcode like ":picture-plan:", if it is ours."""
        name = shortcode.strip().strip(":")
        found = self.pictures.get(name.removeprefix(PREFIX)) if name.startswith(PREFIX) else None
        return (name.removeprefix(PREFIX), found) if found else None

    def fitting(self, text: str) -> list[str]:
        """Return the ids of pictures whose words appear in `text`, best (longest word) first."""
        scored = []
        for name, picture in self.pictures.items():
            hits = [w for w in picture.words if re.search(rf"\b{re.escape(w)}\b", text, re.I)]
            if hits:
                scored.append((-max(len(w) for w in hits), name))
        return [name for _, name in sorted(scored)]

    def suggestion(self, shortcode: str, text: str) -> str:
        """Say which library picture to use instead of `shortcode` for an idea saying `text`."""
        name = shortcode.strip().strip(":").removeprefix(PREFIX)
        close = closest(name, self.pictures)
        fits = [close] if close else self.fitting(text)[:3]
        if not fits:
            return f"add a picture to {self.folder.name}/{LIBRARY_FILE} and use it"
        return "use " + " or ".join(f'":{PREFIX}{n}:"' for n in fits)


def load_library(folder: Path, root: Path) -> tuple[PictureLibrary | None, list[Problem]]:
    """Read the library and check each picture is listed, drawn, and only a drawing.

    Returns None only when the file cannot be read; otherwise the pictures without mistakes.
    """
    file = folder / LIBRARY_FILE
    label = file.relative_to(root).as_posix() if file.is_relative_to(root) else str(file)
    if not file.is_file():
        message = "the picture library is missing: create it with a pictures: list"
        return None, [Problem(label, 1, "", message)]
    doc = load_document(file, label)
    if isinstance(doc, Problem):
        return None, [doc]
    library, problems = validate(LibraryFile, doc)
    # Check the drawings even when an entry has a mistake, so every problem shows at once.
    raw = doc.data.get("pictures") if isinstance(doc.data, dict) else None
    names = [name for name in raw if isinstance(name, str)] if isinstance(raw, dict) else []
    bad = set()
    for name in names:
        line = doc.line_of(["pictures", name])
        found = _drawing_problems(folder / f"{name}.svg", label, line, name)
        bad |= {name} if found else set()
        problems += found
    for svg in sorted(folder.glob("*.svg")):
        if svg.stem not in names:
            message = f'"{svg.name}" is not in the library: add {svg.stem}: with its alt and words'
            problems.append(Problem(label, 1, "pictures", message))
    pictures = dict(library.pictures) if library else _good_entries(raw)
    # A drawing that is missing or not only a drawing is never published.
    return PictureLibrary(folder, {n: p for n, p in pictures.items() if n not in bad}), problems


def _good_entries(raw: object) -> dict[str, Picture]:
    """Return the entries without mistakes, so one mistake does not hide every picture."""
    good = {}
    for name, value in raw.items() if isinstance(raw, dict) else []:
        try:
            good[str(name)] = Picture.model_validate(value)
        except ValidationError:
            continue  # reported with its line by validate()
    return good


def _drawing_problems(svg: Path, label: str, line: int, name: str) -> list[Problem]:
    """Check a picture's SVG exists and holds nothing but shapes (no scripts, no links)."""
    field = f"pictures.{name}"
    if not svg.is_file():
        message = (
            f"there is no drawing {svg.name}: save it in {svg.parent.name}/, beside {LIBRARY_FILE}"
        )
        return [Problem(label, line, field, message)]
    try:
        tree = ET.parse(svg)
    except ET.ParseError as error:
        return [Problem(label, line, field, f"{svg.name} is not a valid SVG: {error}")]
    for element in tree.iter():
        tag = element.tag.removeprefix(SVG)
        odd = [a for a in element.attrib if a.lower().startswith("on") or a.endswith("href")]
        if tag not in DRAWING_TAGS or odd:
            what = " ".join([f"<{tag}>", *odd]) if odd else f"<{tag}>"
            message = f"{svg.name} has {what}: a picture may only draw shapes"
            return [Problem(label, line, field, message)]
    return []
