"""Write the scale benchmark's figures as a short Markdown report, with the targets beside them."""

from __future__ import annotations

from typing import Any

TARGETS = {
    "ratio": 1.0,  # issue 15: no slower than Material alone with the same text and navigation
    "ratio_10k_5k": 2.1,
    "first_kb": 150,
    "repeat_kb": 20,
    "search_kb": 300,
    "search_ms": 300,
}


def markdown_report(results: dict[str, Any]) -> str:
    """Return the report: builds, page weights, search and Lighthouse, each against its target."""
    lines = [
        f"| Services | Signpost build | Baseline build | Ratio (target ≤ {TARGETS['ratio']}) "
        "| Peak memory | "
        "Per 1,000 services | Search index |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for b in results["builds"]:
        ours, plain = b["signpost"], b["baseline"]
        lines.append(
            f"| {b['services']:,} | {ours['seconds']:.1f} s | {plain['seconds']:.1f} s"
            f" | {b['ratio_to_baseline']:.2f} | {ours['peak_mb']:.0f} MB"
            f" (baseline {plain['peak_mb']:.0f} MB) | {b['seconds_per_1000_services']:.2f} s"
            f" | {b['search_index_mb']:.1f} MB (baseline {b['baseline_search_index_mb']:.1f} MB) |"
        )
    if "ratio_10k_to_5k" in results:
        lines += ["", f"10k/5k build time ratio: {results['ratio_10k_to_5k']:.2f} (target ≤ 2.1)."]
    browser = results.get("browser")
    if browser:
        lines += _browser_lines(browser)
    return "\n".join(lines) + "\n"


def _browser_lines(browser: dict[str, Any]) -> list[str]:
    lines = [
        "",
        f"At {browser['services']:,} services, served gzipped with caching headers:",
        "",
        "| Page | First visit (≤ 150 KB) | Repeat visit (≤ 20 KB) | Lighthouse mobile: "
        "performance, accessibility, best practices, SEO | Layout shift (CLS) |",
        "|---|---:|---:|---|---:|",
    ]
    for name, row in browser["pages"].items():
        scores = dict(row.get("lighthouse") or {})
        cls = scores.pop("cls", None)
        shown = ", ".join(str(v) for v in scores.values()) if scores else "not run"
        first, repeat = row["first"], row["repeat"]
        lines.append(
            f"| {name} (`/{row['url']}`) | {first['bytes'] / 1024:.1f} KB "
            f"({first['requests']} requests) | {repeat['bytes'] / 1024:.1f} KB | {shown} "
            f"| {'not run' if cls is None else cls} |"
        )
    lines += [
        "",
        "| Search (on Find a service) | Transferred (≤ 300 KB) | Results shown after (≤ 300 ms) |",
    ]
    lines += ["|---|---:|---:|"]
    for s in browser["search"]:
        kb = s["transfer"]["bytes"] / 1024
        lines.append(f"| “{s['query']}” ({s['when']}) | {kb:.1f} KB | {s['milliseconds']:.0f} ms |")
    return lines
