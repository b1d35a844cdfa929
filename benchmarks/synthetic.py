"""Make a synthetic but valid Local Offer of any size, for benchmarks."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = (
    "play",
    "learning",
    "support",
    "family",
    "friendly",
    "local",
    "weekly",
    "sensory",
    "music",
    "sport",
    "quiet",
    "group",
    "advice",
    "help",
    "club",
    "young",
    "people",
    "art",
)
PARAGRAPH = (
    "Talk to your SENCO about SEN support first. If your child needs more help, you can ask "
    "for an EHC needs assessment. An EHC plan is checked at an annual review. "
    "Short breaks give families a rest, and a personal budget can pay for some support."
)


def service_yaml(number: int, chooser: random.Random, taxonomy: dict[str, list[str]]) -> str:
    """Return one valid service entry."""
    low = chooser.randint(0, 20)
    high = chooser.randint(low, 25)
    name = " ".join(chooser.choice(WORDS).title() for _ in range(3)) + f" {number}"
    return f"""name: {name}
organisation: Synthetic Trust {number % 97}
summary: A {chooser.choice(WORDS)} service for children and young people with SEND.
description: |
  {PARAGRAPH}

  - {chooser.choice(WORDS)} sessions every week
  - ask your GP or SENCO about us
categories: [{chooser.choice(taxonomy["categories"])}]
needs: [{chooser.choice(taxonomy["needs"])}]
areas: [{chooser.choice(taxonomy["areas"])}]
age: {{min: {low}, max: {high}}}
cost: Free
how_to_access: Ring or email us. You do not need a referral.
contact:
  phone: "01632 960{number % 1000:03d}"
  email: service{number}@example.org
locations:
  - name: Community Centre {number}
    address: {number} High Street, Hollinford
    postcode: NQ1 2AB
    accessibility: [step-free]
last_reviewed: 2026-06-01
"""


def _ids(text: str, section: str) -> list[str]:
    block = text.split(f"\n{section}:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"- id: ([\w-]+)", block)


def make_site(target: Path, services: int, pages: int, *, seed: int = 1) -> Path:
    """Write a site of `services` services (the demo's, then made-up ones) and `pages` pages."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(REPO / "content", target / "content")
    shutil.copytree(REPO / "participation", target / "participation")
    shutil.copytree(REPO / "pictures", target / "pictures")
    (target / "directory").mkdir(parents=True)
    taxonomy_text = (REPO / "directory" / "_taxonomy.yml").read_text()
    for settings in (REPO / "directory").glob("_*"):
        shutil.copy(settings, target / "directory" / settings.name)
    taxonomy = {k: _ids(taxonomy_text, k) for k in ("categories", "needs", "areas")}
    # The demo's own services too: its content pages link to them.
    demo = [p for p in sorted((REPO / "directory").glob("*.yml")) if not p.name.startswith("_")]
    for path in demo[:services]:
        shutil.copy(path, target / "directory" / path.name)
    chooser = random.Random(seed)
    for number in range(services - min(services, len(demo))):
        (target / "directory" / f"service-{number}.yml").write_text(
            service_yaml(number, chooser, taxonomy)
        )
    for number in range(pages):
        body = "\n\n".join([PARAGRAPH] * 4)
        (target / "content" / f"page-{number}.md").write_text(
            f"# Information page {number}\n\n{body}\n"
        )
    config = (REPO / "mkdocs.yml").read_text()
    config = config.replace("custom_dir: overrides", f"custom_dir: {REPO}/overrides")
    config = config.replace("  - hooks/", f"  - {REPO}/hooks/").replace(
        "  - hooks\n", f"  - {REPO}/hooks\n"
    )
    config = config.replace("  - overrides\n", f"  - {REPO}/overrides\n")
    # Every extra page is in the navigation, as `signpost check` asks of a real site.
    extra = "".join(f"  - Information page {n}: page-{n}.md\n" for n in range(pages))
    config = config.replace("\nnav:\n", f"\nnav:\n{extra}", 1)
    (target / "mkdocs.yml").write_text(config)
    return target
