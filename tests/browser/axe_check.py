"""Run axe-core on pages in Chromium, in each colour scheme and width, and describe what fails."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from axe_selenium_python import Axe
from selenium import webdriver

from browser.chrome import emulate

HERE = Path(__file__).parent
AXE_SCRIPT = HERE / "node_modules" / "axe-core" / "axe.min.js"
CONFIG = HERE / "axe.yml"


@dataclass(frozen=True)
class Finding:
    """One element that breaks one rule on one page in one variant."""

    page: str
    variant: str
    rule: str
    impact: str
    element: str
    summary: str
    help_url: str

    def __str__(self) -> str:
        return (
            f"{self.page} [{self.variant}] {self.rule} ({self.impact}): {self.summary}\n"
            f"    element: {self.element}\n    help: {self.help_url}"
        )


def load_config(path: Path = CONFIG) -> dict[str, Any]:
    """Read the axe settings; every disabled rule must give its reason."""
    config: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for rule, reason in (config.get("disabled_rules") or {}).items():
        if not str(reason or "").strip():
            raise ValueError(f"{path.name}: disabled rule {rule!r} needs a written reason")
    return config


def axe_options(config: dict[str, Any]) -> dict[str, Any]:
    """Return the options passed to axe.run."""
    rules = {rule: {"enabled": False} for rule in config.get("disabled_rules") or {}}
    return {
        "runOnly": {"type": "tag", "values": config["tags"]},
        "rules": rules,
        "resultTypes": ["violations"],
    }


def axe_version(driver: webdriver.Chrome) -> str:
    """Return the version of the axe-core engine injected into the page."""
    return str(driver.execute_script("return axe.version"))


def check_page(
    driver: webdriver.Chrome, url: str, name: str, config: dict[str, Any]
) -> list[Finding]:
    """Load a page in every variant and return every violation axe finds."""
    findings = []
    for variant in config["variants"]:
        emulate(driver, width=variant["width"], dark=variant["dark"])
        driver.get(url)
        findings += check_current(driver, name, variant["name"], config)
    return findings


def check_current(
    driver: webdriver.Chrome, name: str, variant: str, config: dict[str, Any]
) -> list[Finding]:
    """Run axe on the page as it is now, after whatever the test has done to it."""
    axe = Axe(driver, script_url=str(AXE_SCRIPT))
    axe.inject()
    return _findings(axe.run(options=json.dumps(axe_options(config))), name, variant)


def _findings(results: dict[str, Any], page: str, variant: str) -> list[Finding]:
    found = []
    for violation in results.get("violations", []):
        for node in violation["nodes"]:
            found.append(
                Finding(
                    page,
                    variant,
                    violation["id"],
                    str(violation.get("impact")),
                    " ".join(map(str, node.get("target", []))),
                    node.get("failureSummary", violation["help"]).replace("\n", " "),
                    violation["helpUrl"],
                )
            )
    return found


def write_report(
    findings: list[Finding], pages: int, version: str, folder: Path, *, sampled: bool = False
) -> Path:
    """Write the findings as JSON and as Markdown a person can read; return the Markdown file."""
    folder.mkdir(parents=True, exist_ok=True)
    variants = load_config()["variants"]
    data = {
        "checked_on": dt.date.today().isoformat(),
        "pages": pages,
        "axe_core": version,
        "schemes": sorted({"dark" if v["dark"] else "light" for v in variants}, reverse=True),
        "widths": sorted({v["width"] for v in variants}),
        "sampled": sampled,
        "violations": [asdict(f) for f in findings],
    }
    (folder / "accessibility.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    lines = [f"# Accessibility check: {pages} pages, axe-core {version}", ""]
    if not findings:
        lines.append("No violations found.")
    for f in findings:
        lines += [
            f"## {f.page} ({f.variant})",
            "",
            f"- rule: `{f.rule}` ({f.impact})",
            f"- element: `{f.element}`",
            f"- what is wrong: {f.summary}",
            f"- help: {f.help_url}",
            "",
        ]
    report = folder / "accessibility.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report
