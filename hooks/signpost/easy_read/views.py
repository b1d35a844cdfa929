"""Data for the easy read templates: pictures, the easy read home page and the review pack."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from signpost.core.render import render_markdown
from signpost.directory.load import Entry
from signpost.directory.taxonomy import Taxonomy
from signpost.easy_read.pictures import PREFIX, PictureLibrary
from signpost.easy_read.rules import Idea, text_ideas
from signpost.easy_read.sign_off import SignOff

PICTURES_URL = "assets/pictures/"
# A picture shortcode at the start of a line, like ":picture-plan: ".
SHORTCODE = re.compile(rf"^(\s*):{PREFIX}([a-z0-9-]+):[ \t]*", re.MULTILINE)
FALLBACK = "information"


@dataclass(frozen=True)
class PictureView:
    """A picture as a page shows it: its address in the site and its alt text."""

    url: str
    alt: str


@dataclass(frozen=True)
class PictureLink:
    """A link with a picture beside it."""

    text: str
    url: str
    picture: PictureView | None


@dataclass(frozen=True)
class LinkGroup:
    """A heading with its picture, and the links under it."""

    title: str
    picture: PictureView | None
    links: list[PictureLink]


@dataclass(frozen=True)
class PackIdea:
    """One row of the review pack: the idea's words and its picture."""

    text: str
    picture: PictureView | None


@dataclass(frozen=True)
class ShownIdea:
    """One idea of a service's easy read summary as its page shows it: picture and words."""

    picture: PictureView | None
    html: Markup


@dataclass(frozen=True)
class PackItem:
    """A page or service summary waiting for young people's check, idea by idea."""

    title: str
    url: str
    status: str
    ideas: list[PackIdea]


def picture_files(library: PictureLibrary) -> list[tuple[str, str]]:
    """Return where each picture is published in the site and the file it comes from."""
    return [
        (f"{PICTURES_URL}{name}.svg", str(library.folder / f"{name}.svg"))
        for name in sorted(library.pictures)
    ]


def picture_view(library: PictureLibrary | None, name: str | None) -> PictureView | None:
    """Return a library picture by id, or None."""
    if library is None or name is None or name not in library.pictures:
        return None
    return PictureView(f"{PICTURES_URL}{name}.svg", library.pictures[name].alt)


def idea_picture(library: PictureLibrary | None, idea: Idea) -> PictureView | None:
    """Return the picture an idea names, or for text without one, the picture its words fit."""
    if library is None:
        return None
    named = library.get(idea.picture or "")
    if named:
        return picture_view(library, named[0])
    return fitting_picture(library, idea.text)


def fitting_picture(library: PictureLibrary | None, text: str) -> PictureView | None:
    """Return the picture whose words fit the text best, or the library's fallback."""
    if library is None:
        return None
    fits = library.fitting(text)
    return picture_view(library, fits[0] if fits else FALLBACK)


def with_pictures(markdown: str, library: PictureLibrary, src_uri: str) -> str:
    """Replace each `:picture-NAME:` at the start of a line with the library's image."""

    def image(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in library.pictures:
            return match.group(0)  # the rules report it; leave it as the editor wrote it
        url = posixpath.relpath(f"{PICTURES_URL}{name}.svg", posixpath.dirname(src_uri) or ".")
        alt = re.sub(r"[\[\]]", "", library.pictures[name].alt)
        return f'{match.group(1)}![{alt}]({url}){{ .app-picture width="64" height="64" }} '

    return SHORTCODE.sub(image, markdown)


def service_groups(
    entries: Iterable[Entry], taxonomy: Taxonomy | None, library: PictureLibrary | None
) -> list[LinkGroup]:
    """Return the services with an easy read summary, grouped by what they are for."""
    if taxonomy is None:
        return []
    groups = []
    for category in taxonomy.categories:
        picture = fitting_picture(library, category.label)
        links = [
            PictureLink(
                e.service.name, f"services/{e.id}/#easy-read", _service_picture(e, library, picture)
            )
            for e in sorted(entries, key=lambda e: e.service.name.casefold())
            if e.service.easy_read and category.id in e.service.categories
        ]
        if links:
            groups.append(LinkGroup(category.label, picture, links))
    return groups


def _service_picture(
    entry: Entry, library: PictureLibrary | None, fallback: PictureView | None
) -> PictureView | None:
    """Return the picture fitting a service's name, or else its summary, or else `fallback`."""
    for text in (entry.service.name, entry.service.summary):
        fits = library.fitting(text) if library else []
        if fits:
            return picture_view(library, fits[0])
    return fallback


def service_ideas(easy_read: str, library: PictureLibrary | None) -> list[ShownIdea]:
    """Return a service's easy read summary idea by idea, each with the picture it fits."""
    return [
        ShownIdea(idea_picture(library, idea), render_markdown("\n".join(idea.lines)))
        for idea in text_ideas(easy_read, 1)
    ]


def service_pack_items(entries: Iterable[Entry], library: PictureLibrary | None) -> list[PackItem]:
    """Return each service's easy read summary for the review pack, a picture per idea."""
    items = []
    for e in sorted(entries, key=lambda e: e.service.name.casefold()):
        if e.service.easy_read:
            ideas = text_ideas(e.service.easy_read, 1)
            rows = [PackIdea(i.text, idea_picture(library, i)) for i in ideas]
            items.append(PackItem(e.service.name, f"services/{e.id}/", "waiting", rows))
    return items


def page_pack_item(
    title: str, url: str, state: SignOff, ideas: list[Idea], library: PictureLibrary | None
) -> PackItem:
    """Return an easy read page for the review pack, a picture per idea."""
    rows = [PackIdea(i.text, idea_picture(library, i)) for i in ideas]
    return PackItem(title, url, state.status, rows)


def page_link(
    title: str, url: str, ideas: list[Idea], library: PictureLibrary | None
) -> PictureLink:
    """Return a link to an easy read page, with the picture of its first idea."""
    return PictureLink(title, url, idea_picture(library, ideas[0]) if ideas else None)
