// Search in parents' words, for search.js: synonyms from the taxonomy and glossary, and the
// index's own words (search/words.json, written by the build), used before Pagefind runs.
// A query word the index does not know finds nothing (never everything), with the closest
// known words offered as "Did you mean ...?".

const STOP_WORDS = new Set("a an and are at by for from in is it my of on or our the to with".split(" "));

export function words(text) {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)?/gu) || [];
  return found.filter((word) => !STOP_WORDS.has(word));
}

export function prepareWords(data) {
  const known = new Map(Object.entries(data.words));
  for (const synonym of data.synonyms) for (const word of synonym.words) if (!known.has(word)) known.set(word, 1);
  return { known, sorted: [...known.keys()].sort(), synonyms: data.synonyms };
}

// Pagefind matches the start of words too, so "swim" is known if "swimming" is.
function isKnown(word, vocabulary) {
  if (/^\d+$/.test(word) || vocabulary.known.has(word)) return true;
  const list = vocabulary.sorted;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low < list.length && list[low].startsWith(word);
}

function findRun(list, phrase, used) {
  for (let at = 0; at + phrase.length <= list.length; at++) {
    if (phrase.every((word, i) => list[at + i] === word && !used[at + i])) return at;
  }
  return -1;
}

// Turn a query into the searches to run: the words as typed (unless they are a short acronym
// Pagefind would prefix-match), a filter for each taxonomy synonym, and the other ways of
// writing a glossary term.
export function planSearch(query, vocabulary) {
  if (!query) return { unknown: [], searches: [{ text: "", filters: {} }] };
  if (!vocabulary) return { unknown: [], searches: [{ text: query, filters: {} }] };
  const list = words(query);
  if (!list.length) return { unknown: [query], searches: [] };
  const used = list.map(() => false);
  const filters = {};
  const filterWords = list.map(() => false);
  let other = null;
  let keepTyped = true;
  for (const synonym of vocabulary.synonyms) {
    const at = findRun(list, synonym.words, used);
    if (at < 0) continue;
    for (let i = at; i < at + synonym.words.length; i++) used[i] = true;
    if (synonym.filter) {
      (filters[synonym.filter[0]] ||= []).push(synonym.filter[1]);
      for (let i = at; i < at + synonym.words.length; i++) filterWords[i] = true;
      if (synonym.words.join(" ").length <= 3) keepTyped = false;
    } else if (!other) {
      other = { at, length: synonym.words.length, search: synonym.search };
      if (!synonym.keep) keepTyped = false;
    }
  }
  const unknown = list.filter((word, i) => !used[i] && !isKnown(word, vocabulary));
  const searches = keepTyped ? [{ text: query, filters: {} }] : [];
  if (Object.keys(filters).length) searches.push({ text: list.filter((_, i) => !filterWords[i]).join(" "), filters });
  for (const text of other ? other.search : []) {
    searches.push({ text: [...list.slice(0, other.at), text, ...list.slice(other.at + other.length)].join(" "), filters: {} });
  }
  return { unknown, searches };
}

// Run every search of a plan and merge them: a page found by several comes first.
export async function runPlan(pagefind, plan, baseFilters) {
  const runs = await Promise.all(
    plan.searches.map((search) => {
      const filters = { ...baseFilters };
      for (const [name, values] of Object.entries(search.filters)) {
        if (filters[name]) return null; // the family's own choice of this filter wins
        filters[name] = { any: values };
      }
      const options = { filters };
      if (!search.text) options.sort = { name: "asc" };
      return pagefind.search(search.text || null, options);
    }),
  );
  const merged = new Map();
  for (const found of runs) {
    for (const result of found?.results || []) {
      const seen = merged.get(result.id);
      if (seen) seen.total += result.score || 0;
      else merged.set(result.id, { result, total: result.score || 0, order: merged.size });
    }
  }
  return [...merged.values()].sort((a, b) => b.total - a.total || a.order - b.order).map((m) => m.result);
}

// The query with each unknown word replaced by the closest word the index knows, or null.
export function suggestion(query, unknown, vocabulary) {
  if (!vocabulary || !unknown.length) return null;
  let fixed = query;
  for (const word of unknown) {
    const best = closest(word, vocabulary);
    if (!best) return null;
    fixed = fixed.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu"), best);
  }
  return fixed === query ? null : fixed;
}

function closest(word, vocabulary) {
  const limit = word.length <= 4 ? 1 : 2;
  let best = null;
  for (const [candidate, count] of vocabulary.known) {
    if (Math.abs(candidate.length - word.length) > limit || candidate.length < 3) continue;
    const distance = editDistance(word, candidate);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { candidate, distance, count };
    }
  }
  return best?.candidate;
}

// Optimal string alignment distance: swapped neighbours ("autsim") count as one change.
export function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
