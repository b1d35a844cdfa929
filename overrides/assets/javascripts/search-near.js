// Near me, for search.js: sort services by distance from the family's postcode district or
// location, in the browser. search/districts.json (built from directory/_postcode_districts.yml)
// says where each district is; each service is indexed with the districts of its places
// (district:NQ4), or district:anywhere when it has none. Nothing is sent anywhere.

const EARTH_RADIUS_MILES = 3958.8;
const FULL = /^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
export const ANYWHERE = "anywhere";

// The district of a postcode or of a district typed alone: "nq4 6pr" and "NQ4" give "NQ4".
export function districtOf(text) {
  const squashed = (text || "").replace(/\s+/g, "").toUpperCase();
  const full = FULL.exec(squashed);
  if (full) return full[1];
  return OUTWARD.test(squashed) ? squashed : null;
}

export function milesBetween([lat1, lon1], [lat2, lon2]) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

export function nearestDistrict(point, table) {
  let best = null;
  for (const [district, middle] of Object.entries(table)) {
    const miles = milesBetween(point, middle);
    if (!best || miles < best.miles) best = { district, miles };
  }
  return best?.district || null;
}

export function loadDistricts(form, state) {
  state.districts ||= fetch(new URL(form.dataset.districts, location.href))
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  return state.districts;
}

// Which results each district holds: one filter-only search per district, once per page.
async function districtMembers(pagefind, scope, state) {
  state.members ||= (async () => {
    const all = await pagefind.filters();
    const names = Object.keys(all.district || {});
    const found = await Promise.all(
      names.map((name) => pagefind.search(null, { filters: { ...scope, district: name } })),
    );
    return names.map((name, i) => [name, new Set(found[i].results.map((result) => result.id))]);
  })();
  return state.members;
}

// Sort results nearest first; each gets .distance (miles), or .anywhere, or neither (a place
// in a district the table does not know). Ties keep their order.
export async function sortByDistance(pagefind, results, from, table, scope, state) {
  const members = await districtMembers(pagefind, scope, state);
  const placed = results.map((result, order) => {
    let distance = Infinity;
    let anywhere = false;
    for (const [name, ids] of members) {
      if (!ids.has(result.id)) continue;
      if (name === ANYWHERE) anywhere = true;
      else if (table[name]) distance = Math.min(distance, milesBetween(table[from], table[name]));
    }
    result.distance = Number.isFinite(distance) ? distance : null;
    result.anywhere = anywhere && result.distance === null;
    const rank = result.distance ?? (result.anywhere ? Infinity : Number.MAX_VALUE);
    return { result, rank, order };
  });
  placed.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return placed.map((item) => item.result);
}

export function distanceText(miles) {
  if (miles < 1) return "Less than 1 mile";
  const rounded = Math.round(miles);
  return rounded === 1 ? "About 1 mile" : `About ${rounded} miles`;
}
