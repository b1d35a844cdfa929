"""The service entry: what an editor writes in `directory/<id>.yml`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from signpost.core import characters, fields
from signpost.core.suggest import did_you_mean
from signpost.directory.answers import LocalOfferAnswers
from signpost.directory.times import Session

MAX_AGE = 25
SUMMARY_WORDS = 30
TERM_NAMES = {
    "categories": "category",
    "needs": "need",
    "areas": "area",
    "accessibility": "accessibility feature",
    "age_bands": "age band",
}


def problem(message: str) -> PydanticCustomError:
    """Make a validation error whose text is exactly `message`."""
    return PydanticCustomError("signpost", message)


def _no(check: Any) -> AfterValidator:
    """Turn a check returning a message (or None) into a validator."""

    def validator(value: str) -> str:
        if message := check(value):
            raise problem(message)
        return value

    return AfterValidator(validator)


# Every text an editor writes; control codes would break the feed and calendar files.
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), _no(characters.control_problem)
]
# A name or title: one line, with no invisible marks to make two names look the same.
Name = Annotated[Text, _no(characters.line_problem), _no(characters.invisible_problem)]
# A phone number, email or web address: one line (their own checks find invisible marks).
Line = Annotated[Text, _no(characters.line_problem)]


def _taxonomy_id(kind: str) -> Any:
    def check(value: str, info: ValidationInfo) -> str:
        known = ((info.context or {}).get("taxonomy") or {}).get(kind)
        if known is not None and value not in known:
            label = TERM_NAMES[kind]
            hint = did_you_mean(value, known)
            raise problem(f'"{value}" is not a known {label}: {hint} (see directory/_taxonomy.yml)')
        return value

    return AfterValidator(check)


CategoryId = Annotated[str, _taxonomy_id("categories")]
NeedId = Annotated[str, _taxonomy_id("needs")]
AreaId = Annotated[str, _taxonomy_id("areas")]
FeatureId = Annotated[str, _taxonomy_id("accessibility")]


class Strict(BaseModel):
    """A part of an entry: unknown keys are errors and types are not guessed."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Age(Strict):
    """The youngest and oldest age, in years, the service is for."""

    min: int = Field(ge=0, le=MAX_AGE)
    max: int = Field(ge=0, le=MAX_AGE)

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.min > self.max:
            raise problem(f"max must be at least min (got min {self.min}, max {self.max})")
        return self


class Contact(Strict):
    """Ways to reach the service; at least one is needed."""

    phone: Line | None = None
    text: Line | None = None
    email: Line | None = None
    website: Line | None = None

    @field_validator("phone", "text")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return _checked(value, fields.phone_problem)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        return _checked(value, fields.email_problem)

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        return _checked(value, fields.url_problem)

    @model_validator(mode="after")
    def _at_least_one(self) -> Self:
        if not any((self.phone, self.text, self.email, self.website)):
            raise problem("give at least one of phone, text, email or website")
        return self


def _checked(value: str | None, check: Any) -> str | None:
    if value is not None and (message := fields.curly_quotes_problem(value) or check(value)):
        raise problem(message)
    return value


class Location(Strict):
    """A place where the service happens."""

    name: Name
    address: Text
    postcode: Line
    accessibility: list[FeatureId] = []
    times: list[Session] = Field(default=[], description="When this place is open, if it differs.")

    @field_validator("postcode")
    @classmethod
    def _postcode(cls, value: str) -> str:
        if message := fields.curly_quotes_problem(value):
            raise problem(message)
        normal = fields.normal_postcode(value)
        if normal is None:
            raise problem(f'"{value}" is not a UK postcode: write it like "NQ1 4AB"')
        return normal


class Service(Strict):
    """One service in the Local Offer, as an editor writes it.

    What each field means is written once, here: the JSON Schema (`signpost schema`), the
    notes in a new service file (`signpost new`), the order of imported files and the table
    in docs/service-fields.md are all made from it.
    """

    name: Name = Field(
        description="The name families know the service by.",
        examples=["Riverside Saturday Club"],
    )
    organisation: Name = Field(
        description="Who runs it: a charity, a company, a school, or a council team.",
        examples=["Riverside Families Trust"],
    )
    summary: Text = Field(
        description="One plain sentence, at most 30 words: what it is and who it is for.",
        examples=["Play sessions on Saturdays for disabled children aged 5 to 11."],
    )
    description: Text = Field(
        description="What happens there, in plain words. Markdown, without HTML.",
        examples=["We run games, crafts and a quiet room every Saturday morning."],
    )
    easy_read: Text | None = Field(
        default=None,
        description="Optional: a short easy read version. Short sentences, no acronyms.",
        examples=["We play games on Saturdays."],
    )
    categories: list[CategoryId] = Field(
        min_length=1,
        description="What the service is for: ids from directory/_taxonomy.yml.",
        examples=[["short-breaks"]],
    )
    needs: list[NeedId] = Field(
        default=[],
        description="Optional: the needs it is especially for: ids from directory/_taxonomy.yml.",
        examples=[["autism", "learning-disability"]],
    )
    areas: list[AreaId] = Field(
        min_length=1,
        description="Where it is, or who it covers: ids from directory/_taxonomy.yml.",
        examples=[["north"]],
    )
    age: Age = Field(
        description="The youngest and oldest age it is for, in years, like {min: 5, max: 11}.",
        examples=[{"min": 5, "max": 11}],
    )
    cost: Text = Field(description="What it costs, in plain words, like: Free.", examples=["Free"])
    how_to_access: Text = Field(
        description="How to start using it: ring, fill in a form, or need a referral?",
        examples=["Ring or email us to book a place. You do not need a referral."],
    )
    contact: Contact = Field(
        description="How families get in touch: at least one of phone, text, email, website.",
        examples=[{"phone": "01632 960123", "email": "hello@example.org"}],
    )
    locations: list[Location] = Field(
        default=[],
        description="Optional: where it happens. Leave out for phone, online or home visits.",
    )
    opening_times: Text | None = Field(
        default=None,
        description="Optional: when it is open in words, or what times: cannot say.",
        examples=["Closed on bank holidays."],
    )
    # Opening times as data; opening_times above stays as the words for anything else.
    times: list[Session] = Field(
        default=[],
        description="Optional: when it is open, one item per regular session: days and hours.",
        examples=[
            [{"days": ["saturday"], "opens": "10:00", "closes": "13:00", "weeks": "term-time"}]
        ],
    )
    phone_times: list[Session] = Field(
        default=[],
        description="Optional: when the phone line answers, if that differs from times.",
        examples=[[{"days": ["weekdays"], "opens": "09:00", "closes": "17:00"}]],
    )
    local_offer: LocalOfferAnswers | None = Field(
        default=None,
        description="Optional: answers to the questions the SEND Code of Practice asks settings.",
        examples=[{"support": "Small groups, with one to one help when needed."}],
    )
    languages: list[Text] = Field(
        default=[],
        description="Optional: languages staff speak, like [English, Polish].",
        examples=[["English", "British Sign Language"]],
    )
    coproduced_with: list[Name] = Field(
        default=[],
        description="Optional: families or groups who helped write this, to thank them.",
        examples=[["Northshire Parent Carer Forum"]],
    )
    last_reviewed: dt.date = Field(
        description="The date you last checked every detail with the service (YYYY-MM-DD).",
        examples=["2026-09-14"],
    )
    status: Literal["draft", "published"] = Field(
        default="published",
        description=(
            "Optional: draft keeps it off the website while you finish it; it is still "
            "checked, and shown when you preview. Remove the line to publish it."
        ),
        examples=["draft"],
    )

    @field_validator("name", "organisation", "cost")
    @classmethod
    def _straight_quotes(cls, value: str) -> str:
        return str(_checked(value, lambda _: None))

    @field_validator("summary")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        words = len(value.split())
        if words > SUMMARY_WORDS:
            raise problem(f"is {words} words long: keep it to one sentence of at most 30 words")
        if re.search(r"[.!?]\s+\S", value):
            raise problem("should be one sentence: move the rest into description")
        return value

    @field_validator("last_reviewed")
    @classmethod
    def _not_future(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        today = (info.context or {}).get("today") or dt.date.today()
        if value > today:
            raise problem(f"{value.isoformat()} is in the future: use the date you checked it")
        return value
