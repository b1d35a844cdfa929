"""Opening times as data: which days, from when to when, and in which weeks of the year.

A service (or one of its locations) lists its sessions under `times:`; anything the data
cannot say stays in the free text of `opening_times`, which is shown beside the table.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words an editor may use for several days at once.
DAY_GROUPS = {
    "weekdays": DAYS[:5],
    "weekends": DAYS[5:],
    "every-day": DAYS,
}
CLOCK = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")
# Sessions ending later than this count as evenings for the "When" filter.
EVENING = "17:30"
Weeks = Literal["all-year", "term-time", "school-holidays"]
WEEKS_WORDS = {
    "all-year": "",
    "term-time": "term time only",
    "school-holidays": "school holidays only",
}


def _problem(message: str) -> PydanticCustomError:
    return PydanticCustomError("signpost", message)


def _days(value: Any) -> Any:
    """Expand "weekdays" and friends, and put the days in week order without repeats."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return value
    chosen: set[str] = set()
    for day in value:
        if not isinstance(day, str):
            raise _problem("should be a list of days, like [monday, tuesday]")
        name = day.strip().casefold()
        if name in DAY_GROUPS:
            chosen.update(DAY_GROUPS[name])
        elif name in DAYS:
            chosen.add(name)
        else:
            raise _problem(
                f'"{day}" is not a day: use monday to sunday, weekdays, weekends or every-day'
            )
    return [d for d in DAYS if d in chosen]


def _clock(value: Any) -> Any:
    """Check a time of day written on the 24-hour clock, like "09:30"."""
    if isinstance(value, int) and not isinstance(value, bool):
        raise _problem(f'write the time as hours and minutes in quotes, like "{value:02d}:00"')
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[0-9]:[0-5][0-9]", text):
            text = "0" + text
        if not CLOCK.match(text):
            raise _problem(
                f'"{value}" is not a time: use the 24-hour clock, like "09:30" or "17:00"'
            )
        return text
    return value


Days = Annotated[list[str], BeforeValidator(_days), Field(min_length=1)]
Clock = Annotated[str, BeforeValidator(_clock)]


class Session(BaseModel):
    """One regular session: the days it runs, its hours, and in which weeks."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    days: Days = Field(
        description="The days it is open: monday to sunday, or weekdays, weekends, every-day.",
        examples=[["monday", "wednesday"], ["weekdays"]],
    )
    opens: Clock = Field(description="When it opens, on the 24-hour clock.", examples=["09:30"])
    closes: Clock = Field(description="When it closes, on the 24-hour clock.", examples=["15:00"])
    weeks: Weeks = Field(
        default="all-year",
        description="all-year (the default), term-time (school terms only) or school-holidays.",
    )
    every_other_week: bool = Field(
        default=False, description="true if it runs every other week; then give starting."
    )
    starting: dt.date | None = Field(
        default=None,
        description="The first date of these times (for every other week, a date it runs).",
    )
    until: dt.date | None = Field(default=None, description="The last date of these times.")
    note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = Field(
        default=None, description="Anything else about this session, in a few words."
    )

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.closes <= self.opens:
            raise _problem(
                f"closes must be later than opens (got opens {self.opens}, closes {self.closes})"
            )
        if self.every_other_week and self.starting is None:
            raise _problem("give starting: a date it runs, so families know which weeks")
        if self.starting and self.until and self.until < self.starting:
            raise _problem("until must be on or after starting")
        return self


def clock_words(value: str) -> str:
    """Write "09:30" as "9:30am" and "13:00" as "1pm", as people say times."""
    hours, minutes = (int(part) for part in value.split(":"))
    if (hours, minutes) == (12, 0):
        return "midday"
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12 or 12
    return f"{hours}{suffix}" if minutes == 0 else f"{hours}:{minutes:02d}{suffix}"


def session_words(session: Session) -> str:
    """Describe a session's hours and weeks in words, like "10am to 1pm, term time only"."""
    parts = [f"{clock_words(session.opens)} to {clock_words(session.closes)}"]
    if session.every_other_week:
        parts.append(f"every other week from {long_date(session.starting)}")
    if words := WEEKS_WORDS[session.weeks]:
        parts.append(words)
    if session.until:
        parts.append(f"until {long_date(session.until)}")
    if session.note:
        parts.append(session.note)
    return ", ".join(parts)


def long_date(day: dt.date | None) -> str:
    """Write a date like "7 September 2026"."""
    return "" if day is None else f"{day.day} {day:%B %Y}"


def when_tags(sessions: list[Session]) -> list[str]:
    """Return the "When" filter values the sessions match, in the order of the filter."""
    tags = []
    if any(set(s.days) & set(DAYS[:5]) for s in sessions):
        tags.append("weekdays")
    if any(s.closes > EVENING for s in sessions):
        tags.append("evenings")
    if any(set(s.days) & set(DAYS[5:]) for s in sessions):
        tags.append("weekends")
    if any(s.weeks != "term-time" for s in sessions):
        tags.append("school-holidays")
    return tags


WHEN_OPTIONS = (
    ("weekdays", "Weekdays"),
    ("evenings", "Evenings (after 5:30pm)"),
    ("weekends", "Weekends"),
    ("school-holidays", "School holidays"),
)
