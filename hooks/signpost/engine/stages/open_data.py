"""Stage: publish the directory as Open Referral UK open data, and schema.org on each page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.pages import Page

from signpost.engine.stages.base import Stage
from signpost.engine.state import need
from signpost.openreferral.export import FOLDER, export_files, write_files
from signpost.openreferral.json_ld import service_json_ld


class OpenDataStage(Stage):
    """ORUK JSON for the whole directory, and JSON-LD for each service page."""

    name = "open_data"

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Give a service page its schema.org data, written by the template as JSON-LD."""
        entry = self.state.services.get(page.file.src_uri)
        directory = need(self.state.directory, "the service directory", self.name)
        council = need(self.state.council, "the council's settings", self.name)
        if entry is not None and directory.taxonomy is not None:
            context["service_json_ld"] = service_json_ld(
                entry, directory.taxonomy, council.name, page.canonical_url
            )

    def on_post_build(self) -> None:
        """Write the whole directory as ORUK JSON into the site folder."""
        directory = need(self.state.directory, "the service directory", self.name)
        council = need(self.state.council, "the council's settings", self.name)
        if directory.taxonomy is None:
            return
        files = export_files(
            directory.entries,
            directory.taxonomy,
            council.name,
            council.area,
            memo=self.state.inputs.memo,
            root=self.state.root,
        )
        lasting = self.state.lasting
        write_files(Path(self.config.site_dir), files, lasting.kept.written if lasting else None)
        self.log.info(
            "Open Referral UK: %d services written to %s/", len(directory.entries), FOLDER
        )
