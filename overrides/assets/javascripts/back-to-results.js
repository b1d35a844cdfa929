// "Back to your results": when a family came to this page from a search on this site, the
// back link returns to that search, words and filters included (search.js keeps them in the
// address, so the page they came from says it all). Nothing is stored.

const back = document.querySelector("[data-app-back]");
const link = back?.querySelector("a");
if (link && document.referrer) {
  const from = new URL(document.referrer);
  const searches = back.dataset.searches
    .split(" ")
    .filter(Boolean)
    .map((page) => new URL(page, location.href).pathname);
  if (from.origin === location.origin && from.search && searches.includes(from.pathname)) {
    link.href = from.href;
    link.textContent = "Back to your results";
  }
}
