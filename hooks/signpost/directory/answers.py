"""A setting's answers to the questions the SEND Code of Practice expects it to answer.

Optional on any service as `local_offer:`, with fixed question keys, so every setting answers
the same questions and families can compare them.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

Answer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None

# Each key, and the question families see above its answer, in the order they read them.
QUESTIONS = {
    "identifying_needs": "How do you find out what my child needs?",
    "support": "How will you support my child?",
    "involving_families": "How will you involve me and my child?",
    "checking_progress": "How will you check my child is making progress?",
    "who_to_contact": "Who can I talk to about special educational needs?",
}


class LocalOfferAnswers(BaseModel):
    """Answers to the Code of Practice questions in plain words; a blank line starts a paragraph."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    identifying_needs: Answer = Field(default=None, description=QUESTIONS["identifying_needs"])
    support: Answer = Field(default=None, description=QUESTIONS["support"])
    involving_families: Answer = Field(default=None, description=QUESTIONS["involving_families"])
    checking_progress: Answer = Field(default=None, description=QUESTIONS["checking_progress"])
    who_to_contact: Answer = Field(default=None, description=QUESTIONS["who_to_contact"])

    @model_validator(mode="after")
    def _at_least_one(self) -> Self:
        if not any(getattr(self, key) for key in QUESTIONS):
            raise PydanticCustomError(
                "signpost",
                "answer at least one question, or leave local_offer out: " + ", ".join(QUESTIONS),
            )
        return self

    def answered(self) -> list[tuple[str, str]]:
        """Return (question, answer) for each question answered, in order."""
        return [(q, a) for key, q in QUESTIONS.items() if (a := getattr(self, key))]
