/** Text normalisers that decide when two spellings are the same name, shared by the pipeline and the store. */

const DIACRITICS = /\p{Diacritic}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const POSSESSIVE_RE = /['’]s\b/g;
const WHITESPACE_RE = /\s+/g;

/** Names already keyed: the pipeline keys the same names many times per article. */
const KEY_CACHE = new Map<string, string>();
/** Names kept before the cache starts over, so a long-running process stays bounded. */
const KEY_CACHE_LIMIT = 100_000;

/** Identity key of an entity name: "Volodymyr Zelensky" and "volodymyr  ZELENSKY" → "volodymyr zelensky"; "U.S." → "u s". */
export function normalizeKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(POSSESSIVE_RE, "")
    .replace(NON_WORD, " ")
    .trim();
}

/** The key aliases are stored and searched under: NFKC, lower case, single spaces ("Xi  JINPING" → "xi jinping"). */
export function normalizeAlias(alias: string): string {
  return alias.normalize("NFKC").toLowerCase().replace(WHITESPACE_RE, " ").trim();
}

const UMLAUT_TO_PAIR: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const PAIR_TO_UMLAUT: Readonly<Record<string, string>> = { ae: "ä", oe: "ö", ue: "ü", ss: "ß" };
const UMLAUT_RE = /[äöüß]/g;
const HAS_UMLAUT_RE = /[äöüß]/;
const PAIR_RE = /ae|oe|ue|ss/g;
/** More two-letter spellings than this in one name are not read as umlauts (2^n spellings). */
const MAX_PAIRS = 4;

/**
 * The other spellings of a German name under normalizeAlias: "Müller" is also written "Mueller"
 * ("mueller"), and "Mueller" may be "Müller" ("müller"); likewise ö/oe, ä/ae, ß/ss. A name with
 * umlauts gives its two-letter spelling; a name with two-letter pairs gives each way of writing
 * some of them as umlauts. An English name with such a pair ("Samuel" → "samül") gets a spelling
 * no one writes, so it can only meet a name that really is written with the umlaut. The accent-
 * stripped key (normalizeKey: "Müller" → "muller") already joins "Muller"; this joins "Mueller".
 */
export function umlautSpellings(alias: string): string[] {
  const normalized = normalizeAlias(alias);
  if (HAS_UMLAUT_RE.test(normalized))
    return [normalized.replace(UMLAUT_RE, (letter) => UMLAUT_TO_PAIR[letter] ?? letter)];
  const pairs = [...normalized.matchAll(PAIR_RE)];
  if (pairs.length === 0 || pairs.length > MAX_PAIRS) return [];
  const spellings: string[] = [];
  for (let mask = 1; mask < 1 << pairs.length; mask++) {
    let spelled = "";
    let from = 0;
    pairs.forEach((pair, bit) => {
      const at = pair.index ?? 0;
      if (!(mask & (1 << bit)) || at < from) return;
      spelled += normalized.slice(from, at) + (PAIR_TO_UMLAUT[pair[0]] ?? pair[0]);
      from = at + 2;
    });
    spellings.push(spelled + normalized.slice(from));
  }
  return [...new Set(spellings)];
}
