// What's on: hides what is already over (the page was built on an earlier day) and filters the
// list by area, a child's age and month. The choices go in the address, so a filtered list can
// be shared. Without JavaScript the whole list, as built, is shown.

const form = document.querySelector("[data-app-whats-on]");
const list = document.querySelector("[data-app-whats-on-list]");

if (form && list) start();

function start() {
  const today = londonToday();
  const items = Array.from(list.children);
  for (const item of items) {
    if (item.dataset.date < today) item.dataset.past = "";
  }
  readAddress();
  form.hidden = false;
  form.addEventListener("change", () => show(items, true));
  form.addEventListener("input", () => show(items, true));
  form.addEventListener("submit", (event) => event.preventDefault());
  show(items, false);
}

function londonToday() {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit",
  }).formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function chosen() {
  const age = form.elements.age.value.trim();
  return {
    area: form.elements.area.value,
    month: form.elements.month.value,
    age: /^\d{1,2}$/.test(age) && Number(age) <= 25 ? Number(age) : null,
  };
}

function fits(item, choice) {
  if ("past" in item.dataset) return false;
  if (choice.area && item.dataset.area !== choice.area) return false;
  if (choice.month && item.dataset.month !== choice.month) return false;
  if (choice.age !== null) {
    if (choice.age < Number(item.dataset.ageMin) || choice.age > Number(item.dataset.ageMax)) return false;
  }
  return true;
}

function show(items, announce) {
  const choice = chosen();
  let count = 0;
  for (const item of items) {
    item.hidden = !fits(item, choice);
    if (!item.hidden) count += 1;
  }
  document.querySelector("[data-app-whats-on-empty]").hidden = count > 0;
  const filtered = choice.area || choice.month || choice.age !== null;
  const words = count === 1 ? "1 event" : `${count} events`;
  const status = form.querySelector("[data-app-whats-on-status]");
  status.textContent = filtered ? `${words} match your choices` : `${words} coming up`;
  if (announce) writeAddress(choice);
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  for (const name of ["area", "month", "age"]) {
    const value = params.get(name);
    if (value !== null) form.elements[name].value = value;
  }
}

function writeAddress(choice) {
  const params = new URLSearchParams();
  if (choice.area) params.set("area", choice.area);
  if (choice.age !== null) params.set("age", String(choice.age));
  if (choice.month) params.set("month", choice.month);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}
