"""The build's stages, each a thin adapter from MkDocs events to Signpost's pure code.

`STAGES` is the order they run in for every event; a stage may use only what the stages
before it have put in the build state.
"""

from __future__ import annotations

from signpost.engine.stages.base import Stage
from signpost.engine.stages.checks import ChecksStage
from signpost.engine.stages.council import CouncilStage
from signpost.engine.stages.directory import DirectoryStage
from signpost.engine.stages.easy_read import EasyReadStage
from signpost.engine.stages.files import FilesStage
from signpost.engine.stages.generated import GeneratedPagesStage
from signpost.engine.stages.glossary import GlossaryStage
from signpost.engine.stages.open_data import OpenDataStage
from signpost.engine.stages.page_safety import PageSafetyStage
from signpost.engine.stages.participation import ParticipationStage
from signpost.engine.stages.preview import PreviewStage
from signpost.engine.stages.publish import PublishStage
from signpost.engine.stages.search import SearchStage
from signpost.engine.stages.shared_nav import SharedNavStage
from signpost.engine.stages.statement import StatementStage
from signpost.engine.stages.statutory import StatutoryStage

__all__ = [
    "STAGES",
    "ChecksStage",
    "CouncilStage",
    "DirectoryStage",
    "EasyReadStage",
    "FilesStage",
    "GeneratedPagesStage",
    "GlossaryStage",
    "OpenDataStage",
    "PageSafetyStage",
    "ParticipationStage",
    "PreviewStage",
    "PublishStage",
    "SearchStage",
    "SharedNavStage",
    "Stage",
    "StatementStage",
    "StatutoryStage",
]

STAGES: tuple[type[Stage], ...] = (
    FilesStage,  # first: links are taken out before anything reads the files
    CouncilStage,
    ChecksStage,  # every content check, the list `signpost check` runs
    DirectoryStage,
    GlossaryStage,
    EasyReadStage,
    ParticipationStage,
    PreviewStage,  # mkdocs serve only: problems shown where editors look
    StatutoryStage,
    GeneratedPagesStage,  # after every stage that plans pages from data
    SharedNavStage,
    StatementStage,
    OpenDataStage,
    SearchStage,  # before publishing: the index is part of the site
    PageSafetyStage,  # after every stage that changes a page's HTML: it hashes the scripts
    PublishStage,  # last: it publishes the finished site
)
