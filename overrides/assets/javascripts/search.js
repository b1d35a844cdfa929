// Signpost search: runs each <form data-app-search> over the Pagefind index, which the build
// writes to pagefind/. Pagefind fetches only the parts of the index a search needs.
// Results are built with DOM methods, never innerHTML, so page text cannot become markup.

import { distanceText, districtOf, loadDistricts, nearestDistrict, sortByDistance } from "./search-near.js";
import { planSearch, prepareWords, runPlan, suggestion } from "./search-words.js";

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 200;

for (const form of document.querySelectorAll("form[data-app-search]")) {
  start(form);
}

function start(form) {
  const parts = {
    form,
    input: form.elements.q,
    status: form.querySelector("[data-app-status]"),
    list: form.querySelector("[data-app-results]"),
    more: form.querySelector("[data-app-more]"),
    chosen: form.querySelector("[data-app-chosen]"),
    filters: form.querySelector("[data-app-filters]"),
    none: form.querySelector("[data-app-none]"),
    show: form.querySelector("[data-app-show]"),
    nearError: form.querySelector("[data-app-near-error]"),
  };
  const state = { loading: null, results: [], shown: 0, run: 0, timer: 0 };
  form.hidden = false;
  readAddress(parts);
  const soon = () => {
    parts.list.setAttribute("aria-busy", "true");
    clearTimeout(state.timer);
    state.timer = setTimeout(() => search(parts, state), TYPING_DELAY_MS);
  };
  // Fetch the search engine while the family types, not after.
  form.addEventListener("focusin", () => loadPagefind(form, state).catch(() => {}), { once: true });
  form.addEventListener("input", (event) => (event.target.type === "checkbox" ? null : soon()));
  form.addEventListener("change", (event) => {
    if (event.target.type === "checkbox") search(parts, state);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(state.timer);
    search(parts, state);
  });
  parts.more.addEventListener("click", () => showMore(parts, state, true));
  parts.show?.addEventListener("click", () => showResults(parts));
  startNear(parts, state, () => search(parts, state));
  form.querySelector("[data-app-clear]")?.addEventListener("click", () => {
    for (const box of form.querySelectorAll("input[type=checkbox]")) box.checked = false;
    if (form.elements.age) form.elements.age.value = "";
    if (form.elements.near) form.elements.near.value = "";
    search(parts, state);
  });
  if (parts.input.value.trim() || Object.keys(chosenFilters(form)).length) search(parts, state);
}

function loadPagefind(form, state) {
  state.loading ||= (async () => {
    // Relative to this page: import() alone would resolve it against this script.
    const pagefind = await import(new URL(form.dataset.pagefind, location.href).href);
    await pagefind.options({ baseUrl: new URL(form.dataset.base, location.href).pathname });
    await pagefind.init();
    return pagefind;
  })();
  return state.loading;
}

// The synonyms and the index's words: without them (an old index), search the words as typed.
function loadWords(form, state) {
  state.words ||= fetch(new URL(form.dataset.words, location.href))
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => (data ? prepareWords(data) : null))
    .catch(() => null);
  return state.words;
}

// Nothing found: offer a corrected search, the A to Z and the phone number (in the page).
function showNone(parts, visible, fixed = null) {
  if (!parts.none) return;
  parts.none.hidden = !visible;
  const suggest = parts.none.querySelector("[data-app-suggest]");
  const link = suggest.querySelector("a");
  suggest.hidden = !fixed;
  if (fixed) {
    const params = new URLSearchParams(location.search);
    params.set("q", fixed);
    link.href = `?${params}`;
    link.textContent = fixed;
  }
}

function chosenFilters(form) {
  const filters = {};
  for (const box of form.querySelectorAll("input[type=checkbox]:checked")) {
    (filters[box.name] ||= []).push(box.value);
  }
  const age = form.elements.age ? form.elements.age.value.trim() : "";
  if (/^\d{1,2}$/.test(age) && Number(age) <= 25) filters.age = [String(Number(age))];
  const near = form.elements.near ? districtOf(form.elements.near.value) : null;
  if (near) filters.near = [near];
  return filters;
}

function pagefindFilters(form, chosen) {
  const filters = {};
  for (const [name, values] of Object.entries(chosen)) if (name !== "near") filters[name] = { any: values };
  if (form.dataset.scope) filters.type = form.dataset.scope;
  return filters;
}

async function search(parts, state) {
  const run = ++state.run;
  const query = parts.input.value.trim();
  const chosen = chosenFilters(parts.form);
  writeAddress(query, chosen);
  showChosen(parts, chosen);
  parts.list.setAttribute("aria-busy", "true");
  try {
    await runSearch(parts, state, run, query, chosen);
  } finally {
    if (run === state.run) parts.list.removeAttribute("aria-busy");
  }
}

async function runSearch(parts, state, run, query, chosen) {
  showNone(parts, false);
  if (!query && !Object.keys(chosen).length) {
    state.results = [];
    parts.list.replaceChildren();
    parts.more.hidden = true;
    parts.status.textContent = "";
    if (parts.show) parts.show.textContent = "Show results";
    return;
  }
  let found;
  try {
    const [pagefind, vocabulary] = await Promise.all([loadPagefind(parts.form, state), loadWords(parts.form, state)]);
    const plan = planSearch(query, vocabulary);
    found = plan.unknown.length ? [] : await runPlan(pagefind, plan, pagefindFilters(parts.form, chosen));
    if (chosen.near) found = await byDistance(parts, state, pagefind, found, chosen.near[0]);
    else if (parts.nearError) parts.nearError.textContent = "";
    if (run !== state.run) return;
    if (!found.length) showNone(parts, true, suggestion(query, plan.unknown, vocabulary));
  } catch (error) {
    if (run === state.run) parts.status.textContent = "Search is not working at the moment. You can still find services by what they are for, need, age or area below.";
    throw error;
  }
  state.results = found;
  state.shown = 0;
  parts.list.replaceChildren();
  await showMore(parts, state, false, run);
  if (run !== state.run) return;
  const nearest = found.length && chosen.near && state.sortedFrom === chosen.near[0];
  parts.status.textContent = summary(found.length, parts.form.dataset.noun, query) + (nearest ? `, nearest to ${chosen.near[0]} first` : "");
  showCount(parts, found.length);
}

async function showMore(parts, state, moveFocus, run = state.run) {
  const next = state.results.slice(state.shown, state.shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (run !== state.run) return;
  const area = parts.form.dataset.area;
  const items = data.map((found, i) => resultItem(found, whereText(next[i], area)));
  parts.list.append(...items);
  state.shown += next.length;
  const left = state.results.length - state.shown;
  parts.more.hidden = left <= 0;
  parts.more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${left} not shown yet)`;
  if (moveFocus && items.length) items[0].querySelector("a").focus();
}

function summary(count, noun, query) {
  const words = count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
  if (count === 0) return query ? `No ${noun}s found for “${query}”.` : `No ${noun}s found. Try fewer filters.`;
  return query ? `${words} found for “${query}”` : `${words} found`;
}

function whereText(result, area) {
  if (result.distance !== undefined && result.distance !== null) return distanceText(result.distance);
  return result.anywhere ? `Anywhere in ${area}` : "";
}

function resultItem(data, distance) {
  const meta = data.meta || {};
  const item = element("li", "app-card-list__item");
  const card = element("article", "app-service-card");
  const title = element("h2", "app-service-card__title");
  const link = element("a", "app-service-card__link", meta.title || data.url);
  link.href = data.url;
  title.append(link);
  card.append(title);
  if (meta.kind && meta.kind !== "Service") card.append(element("p", "app-tag", meta.kind));
  const text = element("p", "app-service-card__summary");
  if (meta.summary) text.textContent = meta.summary;
  else text.append(...excerpt(data.excerpt || ""));
  card.append(text);
  if (meta.ages) card.append(facts([["Distance", distance], ["Ages", meta.ages], ["Areas", meta.areas], ["Cost", meta.cost]]));
  item.append(card);
  return item;
}

function facts(rows) {
  const list = element("dl", "app-service-card__facts");
  for (const [term, value] of rows) {
    if (!value) continue;
    const row = element("div", "app-service-card__fact");
    row.append(element("dt", "", term), element("dd", "", value));
    list.append(row);
  }
  return list;
}

// Pagefind's excerpt is HTML with <mark> around matched words: keep the marks, nothing else.
function excerpt(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(body.childNodes, (node) =>
    node.nodeName === "MARK" ? element("mark", "", node.textContent) : document.createTextNode(node.textContent),
  );
}

function showChosen(parts, chosen) {
  const count = Object.values(chosen).reduce((total, values) => total + values.length, 0);
  if (parts.chosen) parts.chosen.textContent = count ? `(${count} chosen)` : "";
  for (const group of parts.form.querySelectorAll("[data-app-group]")) {
    const ticked = group.querySelectorAll("input[type=checkbox]:checked").length;
    group.querySelector("[data-app-group-count]").textContent = ticked ? `(${ticked} chosen)` : "";
  }
}

// The filters' own button says how many results there are, and takes the family to them.
function showCount(parts, count) {
  if (!parts.show) return;
  const noun = parts.form.dataset.noun;
  parts.show.textContent = count === 1 ? `Show 1 ${noun}` : count ? `Show ${count} ${noun}s` : `No ${noun}s found`;
}

function showResults(parts) {
  if (parts.filters) parts.filters.open = false;
  parts.status.scrollIntoView({ block: "start" });
  const first = parts.list.querySelector("a");
  (first || parts.input).focus({ preventScroll: true });
}

function readAddress(parts) {
  const params = new URLSearchParams(location.search);
  parts.input.value = params.get("q") || "";
  let any = false;
  for (const box of parts.form.querySelectorAll("input[type=checkbox]")) {
    box.checked = params.getAll(box.name).includes(box.value);
    any ||= box.checked;
    if (box.checked) box.closest("[data-app-group]")?.setAttribute("open", "");
  }
  if (parts.form.elements.near && params.get("near")) {
    parts.form.elements.near.value = params.get("near");
    any = true;
  }
  if (parts.form.elements.age && params.get("age")) {
    parts.form.elements.age.value = params.get("age");
    any = true;
  }
  if (any && parts.filters) parts.filters.open = true;
}

function writeAddress(query, chosen) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) params.append(name, value);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The postcode box and "Use my location": both end in a district, which goes in the address.
function startNear(parts, state, search) {
  const input = parts.form.elements.near;
  const locate = parts.form.querySelector("[data-app-locate]");
  if (!input || !locate) return;
  if (!("geolocation" in navigator)) locate.hidden = true;
  locate.addEventListener("click", () => {
    parts.nearError.textContent = "Finding where you are...";
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        const table = await loadDistricts(parts.form, state);
        const district = nearestDistrict([position.coords.latitude, position.coords.longitude], table);
        parts.nearError.textContent = district ? "" : "We could not work out where you are. Type your postcode instead.";
        if (district) {
          input.value = district;
          search();
        }
      },
      () => {
        parts.nearError.textContent = "We could not get your location. Type your postcode instead.";
      },
      { maximumAge: 600000, timeout: 15000 },
    );
  });
}

async function byDistance(parts, state, pagefind, found, district) {
  const table = await loadDistricts(parts.form, state);
  if (!table[district]) {
    parts.nearError.textContent = `We do not know where ${district} is. Check the postcode, or leave it empty.`;
    state.sortedFrom = null;
    return found;
  }
  parts.nearError.textContent = "";
  state.sortedFrom = district;
  const scope = parts.form.dataset.scope ? { type: parts.form.dataset.scope } : {};
  return sortByDistance(pagefind, found, district, table, scope, state);
}
