"""What a keyboard user and a reader who zooms or avoids motion meet, measured in the browser."""

from __future__ import annotations

from typing import Any

from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

FOCUSABLE = ", ".join(
    f"{selector}:not([tabindex='-1'])"
    for selector in (
        "a[href]",
        "button:not([disabled])",
        "input:not([disabled]):not([type=hidden])",
        "select",
        "textarea",
        "[tabindex]",
    )
)

# Describes the focused element and whether anything shows that it has focus.
DESCRIBE_FOCUS = """
const el = document.activeElement;
if (!el || el === document.body) return null;
const style = getComputedStyle(el);
const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
const shadow = style.boxShadow && style.boxShadow !== 'none';
return {
  index: el.dataset.tabCheck === undefined ? null : Number(el.dataset.tabCheck),
  tag: el.tagName.toLowerCase(), text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
  href: el.getAttribute('href'), id: el.id, cls: el.className && String(el.className),
  visible_focus: Boolean(outline || shadow),
};
"""

# Numbers every element a keyboard user should be able to reach: focusable and on screen.
REACHABLE = """
const shown = [...document.querySelectorAll(arguments[0])].filter(el => {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && !el.closest('[hidden], [inert]')
    && el.checkVisibility({visibilityProperty: true});
});
shown.forEach((el, i) => { el.dataset.tabCheck = i; });
return shown.map(el => el.outerHTML.replace(/\\s+/g, ' ').slice(0, 100));
"""


def press_tab(driver: webdriver.Chrome) -> dict[str, Any] | None:
    """Press Tab once and describe where focus went."""
    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused: dict[str, Any] | None = driver.execute_script(DESCRIBE_FOCUS)
    return focused


def tab_through(driver: webdriver.Chrome, limit: int) -> list[dict[str, Any]]:
    """Tab from the top of the page until focus comes back round or `limit` presses."""
    stops: list[dict[str, Any]] = []
    for _ in range(limit):
        focused = press_tab(driver)
        if focused is None or (stops and focused == stops[0]):
            break
        stops.append(focused)
    return stops


def mark_reachable(driver: webdriver.Chrome) -> list[str]:
    """Number the visible elements that should take keyboard focus; return their HTML."""
    shown: list[str] = driver.execute_script(REACHABLE, FOCUSABLE)
    return shown


def horizontal_overflow(driver: webdriver.Chrome) -> int:
    """Return how many CSS pixels the page is wider than the window (0 means no sideways scroll)."""
    return int(
        driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    )


def longest_motion(driver: webdriver.Chrome) -> float:
    """Return the longest transition or animation, in seconds, of any element on the page."""
    return float(
        driver.execute_script("""
        const seconds = v => Math.max(...v.split(',').map(
          s => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
        let longest = 0;
        for (const el of document.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          longest = Math.max(longest, seconds(s.transitionDuration), seconds(s.animationDuration));
        }
        return longest;
    """)
    )
