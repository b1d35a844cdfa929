"""The topics a Local Offer must cover by law, in the words of the coverage report.

SEND Regulations 2014, regulation 53 and Schedule 2 (the information a Local Offer must
include), and the Children and Families Act 2014, section 30, with regulations 54 and 56 (it is
prepared and reviewed with families and partners, and their comments are published with the
council's replies). Each council says in mkdocs.yml which of its pages cover each topic.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEDULE_2 = "SEND Regulations 2014, Schedule 2"
SECTION_30 = "Children and Families Act 2014, section 30; SEND Regulations 2014, regulation"


def _paragraph(numbers: str) -> str:
    return f"{SCHEDULE_2}, paragraph{'s' if ' ' in numbers else ''} {numbers}"


@dataclass(frozen=True)
class Topic:
    """One thing the law says the Local Offer must tell families about."""

    id: str
    name: str
    law: str


TOPICS: tuple[Topic, ...] = (
    Topic("early-years", "support in nurseries and other early years settings", _paragraph("1")),
    Topic("schools", "support in schools, including special schools", _paragraph("1 and 3")),
    Topic(
        "colleges",
        "support in colleges and other places of learning after 16",
        _paragraph("1 and 3"),
    ),
    Topic("outside-the-area", "support outside the area", _paragraph("2")),
    Topic("funding", "how support in schools and colleges is paid for", _paragraph("3")),
    Topic("teaching-and-progress", "how settings teach, adapt and check progress", _paragraph("5")),
    Topic("health", "health services", SCHEDULE_2),
    Topic("social-care", "social care and short breaks", SCHEDULE_2),
    Topic("leisure", "other learning, sport and leisure", SCHEDULE_2),
    Topic("training", "training, apprenticeships and supported internships", SCHEDULE_2),
    Topic("travel", "travel to school and college", SCHEDULE_2),
    Topic(
        "preparing-for-adulthood",
        "preparing for adulthood: work, housing and living independently",
        SCHEDULE_2,
    ),
    Topic("childcare", "childcare", SCHEDULE_2),
    Topic(
        "information-and-advice",
        "information, advice and support, including parent carer forums",
        _paragraph("15"),
    ),
    Topic(
        "needs-assessments-and-plans",
        "Education, Health and Care needs assessments and plans",
        SCHEDULE_2,
    ),
    Topic("personal-budgets", "personal budgets", SCHEDULE_2),
    Topic("complaints", "complaints, mediation and appeals", _paragraph("17")),
    Topic(
        "comments-and-replies",
        "what families said about the Local Offer and the council's replies",
        f"{SECTION_30} 56",
    ),
    Topic(
        "partnerships",
        "how families and partners in each area shape the Local Offer",
        f"{SECTION_30} 54",
    ),
)
TOPIC_IDS = tuple(topic.id for topic in TOPICS)
BY_ID = {topic.id: topic for topic in TOPICS}
