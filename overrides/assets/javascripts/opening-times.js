// Opening times: says "Open today" or "Closed today" above each table of opening times, from
// the sessions the build wrote into data-app-times. The build cannot know which day a family
// reads the page, so this runs in the browser. Times are UK times, so today is today in London.
// Without JavaScript the table alone is shown.

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const DAY_MS = 24 * 60 * 60 * 1000;

for (const box of document.querySelectorAll("[data-app-times]")) {
  show(box, JSON.parse(box.dataset.appTimes), londonToday(new Date()));
}

// Today's date and weekday in the United Kingdom, whatever the device's time zone.
function londonToday(now) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", weekday: "long",
  }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return { iso: `${part("year")}-${part("month")}-${part("day")}`, day: part("weekday").toLowerCase() };
}

function runsOn(session, today) {
  if (!session.days.includes(today.day)) return false;
  if (session.starting && today.iso < session.starting) return false;
  if (session.until && today.iso > session.until) return false;
  if (session.every_other_week) {
    const weeks = Math.round((monday(today.iso) - monday(session.starting)) / (7 * DAY_MS));
    if (weeks % 2 !== 0) return false;
  }
  return true;
}

// The Monday of a date's week, in milliseconds: sessions every other week run in alternate weeks.
function monday(iso) {
  const time = Date.parse(iso);
  return time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS;
}

function show(box, sessions, today) {
  const todays = sessions.filter((session) => runsOn(session, today));
  const line = box.querySelector("[data-app-today]");
  if (todays.length) {
    line.textContent = `${box.dataset.open}: ${todays.map((s) => s.words).join("; ")}`;
    line.classList.add("app-times__today--open");
  } else {
    line.textContent = box.dataset.closed;
    line.classList.add("app-times__today--closed");
  }
  line.hidden = false;
  const row = DAYS.includes(today.day) && box.querySelector(`tr[data-day="${today.day}"]`);
  if (row) {
    row.classList.add("app-times__row--today");
    const tag = document.createElement("span");
    tag.className = "app-times__today-tag";
    tag.textContent = " (today)";
    row.querySelector("th").append(tag);
  }
}
