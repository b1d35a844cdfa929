// My shortlist: "Save" on service pages, cards and search results, and the My shortlist page.
// The list of saved service ids is kept in this browser (localStorage) and never sent anywhere.
// The shortlist page reads each saved service's own page from this site for its details, so
// they are always the current ones. Text is copied with DOM methods, never innerHTML.

const KEY = "signpost-shortlist";
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SAFE_LINK = /^(tel:|sms:|mailto:|https?:)/;
const ROOT = new URL("../../", import.meta.url);

function read() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || "[]");
    return Array.isArray(saved) ? saved.filter((item) => item && ID.test(item.id)) : [];
  } catch {
    return [];
  }
}

function write(items) {
  try {
    localStorage.setItem(KEY, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

const isSaved = (id) => read().some((item) => item.id === id);

function toggle(id, name) {
  const items = read();
  const kept = items.filter((item) => item.id !== id);
  const saving = kept.length === items.length;
  if (saving) kept.push({ id, name });
  return write(kept) ? saving : !saving;
}

// Save buttons -------------------------------------------------------------------------------

function startSave(box) {
  const id = box.dataset.appSave;
  const button = box.querySelector("button");
  const link = box.querySelector("[data-app-save-link]");
  const show = () => {
    const saved = isSaved(id);
    button.setAttribute("aria-pressed", String(saved));
    box.querySelector("[data-app-save-text]").textContent = saved ? "Saved" : "Save";
    link.hidden = !saved;
    link.textContent = `My shortlist (${read().length})`;
  };
  button.addEventListener("click", () => {
    toggle(id, box.dataset.name);
    show();
  });
  window.addEventListener("storage", show);
  show();
  box.hidden = false;
}

// A Save button for a card that search.js made from a search result.
function saveBox(id, name) {
  const box = element("div", "app-save");
  box.dataset.appSave = id;
  box.dataset.name = name;
  const button = element("button", "app-save__button");
  button.type = "button";
  button.append(element("span", "", "Save"), element("span", "app-visually-hidden", ` ${name} to my shortlist`));
  button.firstChild.dataset.appSaveText = "";
  const link = element("a", "app-save__link", "My shortlist");
  link.href = new URL("my-shortlist/", ROOT).href;
  link.dataset.appSaveLink = "";
  box.append(button, " ", link);
  return box;
}

function addToResults(list) {
  for (const card of list.querySelectorAll(".app-service-card:not([data-app-has-save])")) {
    card.dataset.appHasSave = "";
    const link = card.querySelector("a");
    const match = link && new URL(link.href, location.href).pathname.match(/\/services\/([a-z0-9-]+)\/$/);
    if (!match || !ID.test(match[1])) continue;
    const box = saveBox(match[1], link.textContent);
    card.append(box);
    startSave(box);
  }
}

for (const box of document.querySelectorAll("[data-app-save]")) startSave(box);
for (const list of document.querySelectorAll("[data-app-results]")) {
  new MutationObserver(() => addToResults(list)).observe(list, { childList: true });
}

// The My shortlist page ----------------------------------------------------------------------

const page = document.querySelector("[data-app-shortlist]");
if (page) startShortlist(page);

function startShortlist(page) {
  const part = (name) => page.querySelector(`[data-app-${name}]`);
  document.querySelector("[data-app-shortlist-off]").hidden = true;
  page.hidden = false;
  const shared = sharedIds();
  const state = { shared, ids: shared || read().map((item) => item.id), cards: new Map() };
  if (shared) {
    part("shared").hidden = false;
    part("keep-shared").addEventListener("click", () => keepShared(page, state));
  }
  part("print").addEventListener("click", () => window.print());
  part("copy").addEventListener("click", () => copyLink(page));
  render(page, state);
}

function sharedIds() {
  const given = new URLSearchParams(location.search).get("services");
  if (given === null) return null;
  return [...new Set(given.split(",").filter((id) => ID.test(id)))];
}

async function render(page, state) {
  const list = page.querySelector("[data-app-shortlist-list]");
  list.setAttribute("aria-busy", "true");
  const cards = await Promise.all(state.ids.map((id) => card(id, state)));
  list.replaceChildren(...cards);
  list.removeAttribute("aria-busy");
  update(page, state);
}

function update(page, state) {
  const empty = state.ids.length === 0;
  page.querySelector("[data-app-shortlist-empty]").hidden = !empty || Boolean(state.shared);
  page.querySelector("[data-app-shortlist-actions]").hidden = empty;
  const address = new URL(location.pathname, location.href);
  if (!empty) address.search = `?services=${state.ids.join(",")}`;
  page.querySelector("[data-app-share]").value = address.href;
  // On paper, the address at the top is the link to this list.
  const printed = document.querySelector("[data-app-print-address]");
  if (printed) printed.textContent = address.href;
  page.querySelector("[data-app-mail]").href = mailto(page.dataset.site, state, address.href);
}

function mailto(site, state, address) {
  const lines = state.ids.map((id) => {
    const known = state.cards.get(id) || { name: id, contacts: [] };
    return [known.name, ...known.contacts, new URL(`services/${id}/`, ROOT).href].join("\n");
  });
  const subject = `My shortlist from the ${site}`;
  const body = `${lines.join("\n\n")}\n\nThe whole list: ${address}\n`;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

// A contact as an email says it: a website by its address, as "Visit their website" is no use.
function mailWords([words, href]) {
  return href && /^https?:/.test(href) ? `Website: ${href}` : words;
}

// Each card is made from the service's own page, so it has the latest details.
async function card(id, state) {
  const item = element("li", "app-card-list__item");
  const article = element("article", "app-service-card app-shortlist__card");
  item.append(article);
  const found = await details(id);
  const name = found ? found.name : read().find((saved) => saved.id === id)?.name || id;
  state.cards.set(id, { name, contacts: found ? found.contacts.map(mailWords) : [] });
  const title = element("h2", "app-service-card__title");
  const link = element("a", "app-service-card__link", name);
  link.href = new URL(`services/${id}/`, ROOT).href;
  title.append(link);
  article.append(title);
  if (found) fill(article, found);
  else article.append(element("p", "", "We could not find this service. It may have closed or moved: try Find a service."));
  if (!state.shared) article.append(removeButton(id, name, item, state));
  return item;
}

async function details(id) {
  try {
    const response = await fetch(new URL(`services/${id}/`, ROOT));
    if (!response.ok) return null;
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const text = (selector) => doc.querySelector(selector)?.textContent.trim() || "";
    return {
      name: text(".app-service__name"),
      organisation: text(".app-service__organisation"),
      summary: text(".app-service__summary"),
      contacts: Array.from(doc.querySelectorAll(".app-contact__link"), (a) => [a.textContent.trim(), a.getAttribute("href")]),
      places: Array.from(doc.querySelectorAll(".app-place"), placeWords),
    };
  } catch {
    return null;
  }
}

// "Riverside Centre, 1 River Road, Hollinford, NQ1 2AB": the lines of an address, joined.
function placeWords(place) {
  const name = place.querySelector(".app-place__name")?.textContent.trim();
  const lines = Array.from(place.querySelector(".app-place__address")?.childNodes || [])
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent.trim());
  return [name, ...lines].filter(Boolean).join(", ");
}

function fill(article, found) {
  if (found.organisation) article.append(element("p", "app-shortlist__organisation", found.organisation));
  if (found.summary) article.append(element("p", "app-service-card__summary", found.summary));
  const contacts = element("ul", "app-contact app-shortlist__contacts");
  for (const [words, href] of found.contacts) {
    if (!SAFE_LINK.test(href || "")) continue;
    const link = element("a", "app-contact__link", words);
    link.href = href;
    const row = element("li", "app-contact__item");
    row.append(link);
    contacts.append(row);
  }
  if (contacts.children.length) article.append(contacts);
  for (const place of found.places) article.append(element("p", "app-shortlist__place", place));
}

function removeButton(id, name, item, state) {
  const button = element("button", "app-link-button app-shortlist__remove", "Remove");
  button.type = "button";
  button.append(element("span", "app-visually-hidden", ` ${name} from my shortlist`));
  button.addEventListener("click", () => {
    write(read().filter((saved) => saved.id !== id));
    state.ids = state.ids.filter((other) => other !== id);
    const next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    const page = document.querySelector("[data-app-shortlist]");
    update(page, state);
    page.querySelector("[data-app-shortlist-status]").textContent =
      `Removed ${name}. ${count(state.ids.length)} left on your shortlist.`;
    // Keep the keyboard where it was: on the next card's link, or the page heading.
    const focus = next?.querySelector("a") || document.getElementById("main-heading");
    if (focus.tagName !== "A") focus.setAttribute("tabindex", "-1");
    focus.focus();
  });
  return button;
}

function keepShared(page, state) {
  const items = read();
  for (const id of state.ids) {
    if (!items.some((item) => item.id === id)) items.push({ id, name: state.cards.get(id)?.name || id });
  }
  write(items);
  page.querySelector("[data-app-shortlist-status]").textContent =
    `Saved. ${count(items.length)} on your shortlist now.`;
}

async function copyLink(page) {
  const box = page.querySelector("[data-app-share]");
  const status = page.querySelector("[data-app-shortlist-status]");
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = "Link copied. You can paste it into a message.";
  } catch {
    box.select();
    status.textContent = "Select the link and copy it.";
  }
}

function count(n) {
  return n === 1 ? "1 service" : `${n} services`;
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
