from __future__ import annotations

import datetime as dt

from signpost.easy_read.sign_off import (
    fingerprint,
    sign_off_state,
    signed,
    split_front_matter,
)

PAGE = "---\ntitle: Easy read\neasy_read: true\n---\n\n# Travel\n\n:material-bus: A bus.\n"


def test_signing_off_records_who_when_and_the_text() -> None:
    done = signed(PAGE, "Northshire Young Voices", dt.date(2026, 10, 1))
    front, body = split_front_matter(done)
    assert front[-3:] == [
        'checked_by: "Northshire Young Voices"\n',
        "checked_on: 2026-10-01\n",
        f"checked_text: {fingerprint(body)}\n",
    ]
    assert body == split_front_matter(PAGE)[1]


def test_a_page_changed_after_its_check_is_spotted_but_spacing_is_not_a_change() -> None:
    _, body = split_front_matter(PAGE)
    meta = {
        "checked_by": "Young Voices",
        "checked_on": dt.date(2026, 10, 1),
        "checked_text": fingerprint(body),
    }
    assert sign_off_state(meta, body).status == "checked"
    assert sign_off_state(meta, body.replace("A bus.", "A  bus. ")).status == "checked"
    assert sign_off_state(meta, body.replace("A bus.", "A taxi.")).status == "changed"
    assert sign_off_state({}, body).status == "waiting"
