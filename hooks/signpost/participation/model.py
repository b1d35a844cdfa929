"""What editors write in participation/: themes, "You said, we did", events and partnerships."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from signpost.core.suggest import did_you_mean
from signpost.directory.model import Age, AreaId, Contact, Location, Name, Strict, Text, problem
from signpost.directory.taxonomy import Term

THEMES_FILE = "participation/themes.yml"
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
STATUSES = ("done", "in-progress", "not-possible")
EventKind = Literal["have-your-say", "activity", "holiday-club", "training"]
KIND_LABELS = {
    "have-your-say": "Have your say",
    "activity": "Activity",
    "holiday-club": "Holiday club",
    "training": "Training for parents and carers",
}


def _theme(value: str, info: ValidationInfo) -> str:
    known = (info.context or {}).get("themes")
    if known is not None and value not in known:
        hint = did_you_mean(value, known)
        raise problem(f'"{value}" is not a known theme: {hint} (see {THEMES_FILE})')
    return value


ThemeId = Annotated[str, AfterValidator(_theme)]


def _not_future(value: dt.date, info: ValidationInfo) -> dt.date:
    today = (info.context or {}).get("today") or dt.date.today()
    if value > today:
        raise problem(f"{value.isoformat()} is in the future: use the date it happened")
    return value


PastDate = Annotated[dt.date, AfterValidator(_not_future)]


def _time(value: str) -> str:
    if not TIME.match(value):
        raise problem(f'"{value}" is not a time: write it on the 24-hour clock, like "18:30"')
    return value


Time = Annotated[str, AfterValidator(_time)]


class Themes(Strict):
    """`participation/themes.yml`: the themes comments are filed under."""

    themes: list[Term] = Field(min_length=1)

    @field_validator("themes")
    @classmethod
    def _unique(cls, terms: list[Term]) -> list[Term]:
        ids = [term.id for term in terms]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise problem(f'the id "{repeated[0]}" is used more than once: each must be different')
        return terms

    def label(self, theme_id: str) -> str:
        """Return the label families see for a theme id."""
        return next((t.label for t in self.themes if t.id == theme_id), theme_id)


class YouSaid(Strict):
    """One comment from families about the Local Offer, and what the council did about it."""

    said: Text
    in_their_words: bool = False
    said_by: Name
    said_on: PastDate
    theme: ThemeId
    we_did: Text
    # Before status, so that the check of status can see whether a reason was given.
    why: Text | None = None
    status: Literal["done", "in-progress", "not-possible"]
    replied_on: PastDate

    @field_validator("status", mode="before")
    @classmethod
    def _known_status(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in STATUSES:
            raise problem(f'"{value}" is not a status: {did_you_mean(value, STATUSES)}')
        return value

    @field_validator("status")
    @classmethod
    def _why_needed(cls, value: str, info: ValidationInfo) -> str:
        if value == "not-possible" and info.data.get("why") is None:
            raise problem("is not-possible: add why: and say, in plain words, why we cannot do it")
        return value

    @field_validator("replied_on")
    @classmethod
    def _reply_after_comment(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        said_on = info.data.get("said_on")
        if said_on is not None and value < said_on:
            raise problem(
                f"{value.isoformat()} is before said_on ({said_on.isoformat()}): check both dates"
            )
        return value


class Event(Strict):
    """A meeting, drop-in or workshop where families can have their say."""

    title: Name
    date: dt.date
    start: Time
    end: Time
    area: AreaId
    place: Location
    what_it_is_for: Text
    who_will_be_there: Text
    what_to_expect: Text
    how_to_book: Text
    # What's on: activities for families as well as meetings to have your say.
    kind: EventKind = Field(
        default="have-your-say",
        description="have-your-say (the default), activity, holiday-club or training.",
    )
    who_it_is_for: Text | None = Field(
        default=None,
        description="Who can come, like: disabled children and their brothers and sisters.",
    )
    age: Age | None = Field(default=None, description="The ages it is for, like {min: 5, max: 11}.")
    cost: Text | None = Field(default=None, description="What it costs, like: Free, or £3 a child.")

    @model_validator(mode="after")
    def _activities_say_who_and_cost(self) -> Self:
        if self.kind != "have-your-say":
            missing = [k for k in ("who_it_is_for", "cost") if getattr(self, k) is None]
            if missing:
                raise problem(f"an event of kind {self.kind} needs {' and '.join(missing)}")
        return self

    @field_validator("end")
    @classmethod
    def _ends_after_start(cls, value: str, info: ValidationInfo) -> str:
        start = info.data.get("start")
        if start is not None and value <= start:
            raise problem(f"{value} is not later than start ({start}): check both times")
        return value


class Partnership(Strict):
    """`participation/localities/<area>.yml`: the local partnership of one area."""

    name: Name
    about: Text
    members: list[Name] = Field(min_length=1)
    meets: Text
    contact: Contact
