"""Opening times to and from ORUK `schedules` (HSDS 3.0: RFC 5545 weekly rules).

One schedule per session: `freq` WEEKLY, `interval` 2 for every other week (with `dtstart`, a
date it runs), `byday` like "MO,TU", `opens_at` and `closes_at` in UK local time ("09:30";
HSDS asks for a UTC offset, which in the UK changes twice a year, so none is given),
`valid_from` and `valid_to` from `starting` and `until`. HSDS has no words for school terms:
`description` says the session in words, and "term time only" or "school holidays only" in it
is read back. A session of the phone line has `attending_type` "phone". The free text of
`opening_times` is a schedule with a description only, as before.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from signpost.directory.model import Service
from signpost.directory.times import DAYS, WEEKS_WORDS, Session, session_words
from signpost.openreferral.read import Imported, Reader

BYDAY = dict(zip(DAYS, ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
DAY_OF = {code: day for day, code in BYDAY.items()}
PHONE = "phone"
CLOCK = re.compile(r"^(\d{1,2}):(\d{2})")


def _id(ns: uuid.UUID, *parts: str) -> str:
    return str(uuid.uuid5(ns, "/".join(parts)))


def session_schedule(
    session: Session, ids: dict[str, str], ns: uuid.UUID, n: int, phone: bool = False
) -> dict[str, Any]:
    """Return one session as an ORUK schedule; ids holds service_id (and the place's link)."""
    record: dict[str, Any] = {
        "id": _id(ns, *ids.values(), "schedule", PHONE if phone else "open", str(n)),
        **ids,
        "freq": "WEEKLY",
        "interval": 2 if session.every_other_week else 1,
        "byday": ",".join(BYDAY[day] for day in session.days),
        "opens_at": session.opens,
        "closes_at": session.closes,
        "description": session_words(session),
    }
    if session.every_other_week and session.starting:
        record["dtstart"] = session.starting.isoformat()
    if session.starting:
        record["valid_from"] = session.starting.isoformat()
    if session.until:
        record["valid_to"] = session.until.isoformat()
    if session.note:
        record["notes"] = session.note
    if phone:
        record["attending_type"] = PHONE
    return record


def service_schedules(
    s: Service, sid: str, ns: uuid.UUID, at_ids: list[str]
) -> list[dict[str, Any]]:
    """Return every schedule of a service: its words, its sessions, its places', its phone's."""
    found: list[dict[str, Any]] = []
    if s.opening_times:
        found.append(
            {"id": _id(ns, sid, "schedule"), "service_id": sid, "description": s.opening_times}
        )
    ids = {"service_id": sid}
    found += [session_schedule(x, ids, ns, n) for n, x in enumerate(s.times, 1)]
    found += [session_schedule(x, ids, ns, n, phone=True) for n, x in enumerate(s.phone_times, 1)]
    for place, at_id in zip(s.locations, at_ids, strict=True):
        here = {"service_id": sid, "service_at_location_id": at_id}
        found += [session_schedule(x, here, ns, n) for n, x in enumerate(place.times, 1)]
    return found


def read_schedules(
    r: dict[str, Any], reader: Reader, here: str, out: Imported, at_index: dict[str, int]
) -> None:
    """Set opening_times, times, phone_times and each place's times from the schedules."""
    texts: list[str] = []
    for where, schedule in reader.objects(r, "schedules", here):
        session = _session(schedule, reader, where, out)
        if session is None:
            if text := reader.text(schedule, "description", where):
                texts.append(text)
            continue
        at_id = reader.text(schedule, "service_at_location_id", where)
        if at_id in at_index and "locations" in out.data:
            out.data["locations"][at_index[at_id]].setdefault("times", []).append(session)
        elif reader.text(schedule, "attending_type", where) == PHONE:
            out.data.setdefault("phone_times", []).append(session)
        else:
            out.data.setdefault("times", []).append(session)
    if texts:
        out.data["opening_times"] = "; ".join(texts)


def _session(
    schedule: dict[str, Any], reader: Reader, where: str, out: Imported
) -> dict[str, Any] | None:
    """Return a weekly schedule with days and hours as a session, or None if it is not one."""
    byday = reader.text(schedule, "byday", where) or ""
    opens, closes = (_clock(reader.text(schedule, k, where)) for k in ("opens_at", "closes_at"))
    codes = [code.strip().upper() for code in byday.split(",") if code.strip()]
    words = (reader.text(schedule, "description", where) or "").casefold()
    # ORUK 1.0 feeds often give "First Tuesday of the month" with a weekly byday: not weekly.
    weekly = (reader.text(schedule, "freq", where) or "WEEKLY").upper() == "WEEKLY"
    weekly = weekly and "month" not in words
    if not (weekly and codes and opens and closes and all(c in DAY_OF for c in codes)):
        if byday or opens:
            out.check.append(f"opening_times: {where} has times that are not weekly days and hours")
        return None
    session: dict[str, Any] = {"days": [DAY_OF[c] for c in codes], "opens": opens, "closes": closes}
    weeks = [key for key, text in WEEKS_WORDS.items() if text and text in words]
    if weeks:
        session["weeks"] = weeks[0]
    starting = reader.text(schedule, "valid_from", where) or reader.text(schedule, "dtstart", where)
    if reader.number(schedule, "interval", where) == 2:
        session["every_other_week"] = True
    for key, value in (("starting", starting), ("until", reader.text(schedule, "valid_to", where))):
        if value:
            session[key] = _date(value)
    if note := reader.text(schedule, "notes", where):
        session["note"] = note
    return session


def _clock(value: str | None) -> str | None:
    """Return "09:30" from "09:30", "9:30:00" or "09:30Z"; None if it is not a time."""
    match = CLOCK.match(value or "")
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def _date(value: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
