"""The council's settings, from `extra.council` in mkdocs.yml, checked once."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field, field_validator

from signpost.core import fields
from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import Document
from signpost.directory.model import Line, Name, Strict, Text, problem
from signpost.website import colour

MIN_CONTRAST = 4.5


def _readable_on_white(value: str) -> str:
    if not colour.HEX.match(value):
        raise problem(
            f'"{value}" is not a colour: write it as # and six hex digits, like "#1d4f91"'
        )
    ratio = colour.contrast(value, colour.WHITE)
    if ratio < MIN_CONTRAST:
        raise problem(
            f"{value} has a contrast of {ratio:.1f}:1 with white; it must be at least "
            f"{MIN_CONTRAST}:1 so text stays readable: choose a darker colour"
        )
    return value


Colour = Annotated[str, AfterValidator(_readable_on_white)]


class Colours(Strict):
    """Brand colours; both are used for white text and for links on white."""

    primary: Colour = "#1d4f91"
    accent: Colour = "#7a2c7e"


class Council(Strict):
    """Who runs this Local Offer and how families reach them."""

    name: Name
    area: Name
    phone: Line
    text: Line | None = None
    email: Line
    feedback_email: Line | None = None
    feedback_form: Line | None = None
    address: Text
    opening_hours: Text | None = None
    colours: Colours = Colours()
    review_interval_days: int = Field(default=365, ge=30, le=1095)
    listing_page_size: int = Field(default=40, ge=5, le=500)
    editor_links: bool = Field(
        default=False,
        description=(
            'Show "Edit this page" and "Change this service (for editors)": for preview builds '
            "that editors check, never for the public site."
        ),
    )

    @field_validator("phone", "text")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and (message := fields.phone_problem(value)):
            raise problem(message)
        return value

    @field_validator("feedback_form")
    @classmethod
    def _form(cls, value: str | None) -> str | None:
        if value is not None and (message := fields.url_problem(value)):
            raise problem(message)
        return value

    @field_validator("email", "feedback_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and (message := fields.email_problem(value)):
            raise problem(message)
        return value


def council_from_extra(
    extra: dict[str, Any], config_doc: Document
) -> tuple[Council | None, list[Problem]]:
    """Check `extra.council`; `config_doc` is mkdocs.yml, used for line numbers."""
    section = extra.get("council")
    where = Document(config_doc.path, _council_node(config_doc))
    if not isinstance(section, dict):
        line = config_doc.line_of(["extra"])
        return None, [
            Problem(
                config_doc.path,
                line,
                "extra.council",
                "is missing: add the council's name, area, phone, email and address",
            )
        ]
    council, problems = validate(Council, Document(where.path, section))
    located = [
        Problem(p.path, where.line_of(p.field.split(".")), f"extra.council.{p.field}", p.message)
        for p in problems
    ]
    return council, located


def _council_node(config_doc: Document) -> Any:
    data = config_doc.data
    if isinstance(data, dict) and isinstance(data.get("extra"), dict):
        return data["extra"].get("council")
    return None
