/**
 * Countries: generated from `world-countries` at module load (no build step, so the data can
 * never drift from the installed package), then corrected and extended by the hand-written
 * tables below (common English short forms, abbreviations, demonyms, historical states).
 *
 * Which records are countries: UN members, the two UN observer states (Palestine, the Holy See),
 * Taiwan, Kosovo and Western Sahara. Every other world-countries record (Hong Kong, Greenland,
 * Puerto Rico, ...) is a territory and becomes a PLACE.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { CountrySeed, PlaceSeed } from "./schema.js";

// The package ships CommonJS JSON; require keeps tsx, vitest and plain Node in agreement.
const worldCountries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

/** Non-member states and disputed territories typed COUNTRY besides UN members. */
const EXTRA_COUNTRY_KEYS = new Set(["PSE", "VAT", "TWN", "UNK", "ESH"]);

/** Canonical names that differ from world-countries' `name.common` (English news usage). */
const CANONICAL_OVERRIDES: Record<string, string> = {
  TUR: "Turkey",
  CZE: "Czech Republic",
  VAT: "Holy See",
  COG: "Republic of the Congo",
};

/** Additions per world-countries record: English short forms, abbreviations, demonyms. */
const COUNTRY_ADDITIONS: Record<string, Omit<CountrySeed, "key" | "canonical">> = {
  USA: {
    aliases: ["America", "United States of America", "United States"],
    acronyms: ["US", "U.S.", "USA", "U.S.A."],
    demonyms: ["American", "Americans"],
    capitalAliases: ["Washington", "Washington, D.C.", "Washington DC", "Washington D.C."],
  },
  GBR: {
    aliases: ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    acronyms: ["UK", "U.K."],
    // "Welshman Jimmy Watkins": a home nation's man is a citizen of the United Kingdom.
    demonyms: [
      "British",
      "Briton",
      "Britons",
      "Brit",
      "Brits",
      "Englishman",
      "Englishwoman",
      "Welshman",
      "Welshwoman",
      "Scotsman",
      "Scotswoman",
    ],
  },
  CHN: {
    aliases: ["People's Republic of China", "mainland China", "Mainland China"],
    acronyms: ["PRC", "P.R.C."],
    demonyms: ["Chinese"],
    capitalAliases: ["Peking"],
  },
  RUS: { aliases: ["Russian Federation"], demonyms: ["Russian", "Russians"] },
  UKR: { demonyms: ["Ukrainian", "Ukrainians"], capitalAliases: ["Kiev"] },
  KOR: { aliases: ["Republic of Korea"], acronyms: ["ROK"], demonyms: ["South Korean", "South Koreans"] },
  PRK: {
    aliases: ["Democratic People's Republic of Korea"],
    acronyms: ["DPRK"],
    demonyms: ["North Korean", "North Koreans"],
  },
  TWN: {
    aliases: ["Republic of China", "Chinese Taipei", "Formosa"],
    acronyms: ["ROC"],
    demonyms: ["Taiwanese"],
  },
  ARE: { aliases: ["Emirates"], acronyms: ["UAE", "U.A.E."], demonyms: ["Emirati", "Emiratis"] },
  SAU: { aliases: ["Saudi"], acronyms: ["KSA"], demonyms: ["Saudi", "Saudis", "Saudi Arabian"] },
  COD: {
    // "Congo" alone is far more often the DRC in news copy than Congo-Brazzaville.
    aliases: ["Congo", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
    acronyms: ["DRC"],
    demonyms: ["Congolese"],
  },
  TUR: { aliases: ["Türkiye", "Turkiye", "Republic of Turkey"], demonyms: ["Turkish", "Turk", "Turks"] },
  CZE: { aliases: ["Czechia"], demonyms: ["Czech", "Czechs"] },
  VAT: { aliases: ["Vatican", "Vatican City", "Vatican City State"], demonyms: ["Vatican"] },
  PSE: {
    aliases: ["State of Palestine", "Palestinian territories", "Palestinian Territories"],
    demonyms: ["Palestinian", "Palestinians"],
  },
  UNK: { demonyms: ["Kosovar", "Kosovan", "Kosovars"] },
  ESH: { aliases: ["Sahrawi Arab Democratic Republic"], acronyms: ["SADR"], demonyms: ["Sahrawi"] },
  IRN: { aliases: ["Persia"], demonyms: ["Iranian", "Iranians"], capitalAliases: ["Teheran"] },
  MMR: { aliases: ["Burma"], demonyms: ["Burmese", "Myanmarese"], capitalAliases: ["Nay Pyi Taw", "Naypyitaw"] },
  NLD: { aliases: ["Holland"], demonyms: ["Dutch", "Dutchman", "Dutchwoman"] },
  IRL: { aliases: ["Republic of Ireland", "Eire"], demonyms: ["Irish", "Irishman", "Irishwoman"] },
  SWZ: { aliases: ["Swaziland"], demonyms: ["Swazi"] },
  CIV: { aliases: ["Côte d'Ivoire", "Cote d'Ivoire"], demonyms: ["Ivorian", "Ivorians"] },
  CPV: { aliases: ["Cabo Verde"], demonyms: ["Cape Verdean", "Cape Verdeans"] },
  TLS: { aliases: ["East Timor"], demonyms: ["Timorese", "East Timorese"] },
  MKD: { aliases: ["Macedonia"], acronyms: ["FYROM"], demonyms: ["Macedonian", "Macedonians"] },
  KGZ: { demonyms: ["Kyrgyz"] },
  KAZ: { aliases: ["Kazakstan"], demonyms: ["Kazakh", "Kazakhs", "Kazakhstani"] },
  SUR: { aliases: ["Surinam"] },
  TJK: { demonyms: ["Tajik", "Tajiks"] },
  UZB: { demonyms: ["Uzbek", "Uzbeks"] },
  TKM: { demonyms: ["Turkmen"] },
  BLR: { aliases: ["Belorussia", "Byelorussia"], demonyms: ["Belarusian", "Belarusians"] },
  AZE: { demonyms: ["Azerbaijani", "Azeri", "Azerbaijanis"] },
  PHL: { demonyms: ["Filipino", "Filipinos", "Philippine"] },
  NZL: { acronyms: ["NZ"], demonyms: ["New Zealander", "New Zealanders"] },
  AUS: { demonyms: ["Australian", "Australians"] },
  LAO: { demonyms: ["Lao", "Laotian"] },
  VNM: { aliases: ["Viet Nam"], demonyms: ["Vietnamese"] },
  LKA: { aliases: ["Ceylon"], demonyms: ["Sri Lankan", "Sri Lankans"] },
  THA: { aliases: ["Siam"], demonyms: ["Thai", "Thais"] },
  BIH: { aliases: ["Bosnia", "Bosnia-Herzegovina"], demonyms: ["Bosnian", "Bosnians"] },
  MDV: { demonyms: ["Maldivian"] },
  DOM: { demonyms: ["Dominican", "Dominicans"] },
  // "Dominican" is the Dominican Republic's in news copy; Dominica keeps no demonym.
  DMA: { demonyms: [] },
  COG: { aliases: ["Congo-Brazzaville", "Republic of Congo"], demonyms: [] },
  ISR: { demonyms: ["Israeli", "Israelis"] },
  MNG: { capitalAliases: ["Ulaanbaatar", "Ulan Bator"], demonyms: ["Mongolian", "Mongolians"] },
  DEU: { demonyms: ["German", "Germans"] },
  FRA: { demonyms: ["French", "Frenchman", "Frenchwoman", "Frenchmen"] },
  // "Delhi" is the city around New Delhi, a place of its own, not another name of the capital.
  IND: { demonyms: ["Indian", "Indians"] },
  JPN: { demonyms: ["Japanese"] },
  KWT: { capitalAliases: ["Kuwait City"] },
  ESP: { demonyms: ["Spanish", "Spaniard", "Spaniards"] },
  POL: { demonyms: ["Polish", "Pole", "Poles"] },
  DNK: { demonyms: ["Danish", "Dane", "Danes"] },
  SWE: { demonyms: ["Swedish", "Swede", "Swedes"] },
  FIN: { demonyms: ["Finnish", "Finn", "Finns"] },
  NOR: { demonyms: ["Norwegian", "Norwegians"] },
  GRC: { demonyms: ["Greek", "Greeks"] },
  CHE: { demonyms: ["Swiss"] },
  AFG: { demonyms: ["Afghan", "Afghans"] },
  ARG: { demonyms: ["Argentine", "Argentinian", "Argentinians", "Argentines"] },
  PAK: { demonyms: ["Pakistani", "Pakistanis"] },
  SYR: { demonyms: ["Syrian", "Syrians"] },
  YEM: { capitalAliases: ["Sanaa", "Sana’a"] },
  COL: { capitalAliases: ["Bogota"] },
  BRA: { capitalAliases: ["Brasilia"] },
};

/** Historical states: withdrawn ISO alpha-3 codes where one existed, else custom X-codes. */
const HISTORICAL_COUNTRIES: CountrySeed[] = [
  {
    key: "SUN",
    canonical: "Soviet Union",
    aliases: ["Union of Soviet Socialist Republics", "Soviet Russia"],
    acronyms: ["USSR", "U.S.S.R."],
    demonyms: ["Soviet", "Soviets"],
    capital: "Moscow",
  },
  {
    key: "YUG",
    canonical: "Yugoslavia",
    aliases: ["Socialist Federal Republic of Yugoslavia", "Kingdom of Yugoslavia", "Federal Republic of Yugoslavia"],
    acronyms: ["SFRY"],
    demonyms: ["Yugoslav", "Yugoslavian", "Yugoslavs"],
    capital: "Belgrade",
  },
  {
    key: "DDR",
    canonical: "East Germany",
    aliases: ["German Democratic Republic"],
    acronyms: ["GDR", "DDR"],
    demonyms: ["East German", "East Germans"],
    capital: "East Berlin",
  },
  {
    key: "XWG",
    canonical: "West Germany",
    acronyms: ["FRG"],
    demonyms: ["West German", "West Germans"],
    capital: "Bonn",
  },
  {
    key: "CSK",
    canonical: "Czechoslovakia",
    aliases: ["Czechoslovak Socialist Republic"],
    acronyms: ["ČSSR", "CSSR"],
    demonyms: ["Czechoslovak", "Czechoslovakian"],
    capital: "Prague",
  },
  { key: "SCG", canonical: "Serbia and Montenegro", capital: "Belgrade" },
  {
    key: "XOE",
    canonical: "Ottoman Empire",
    aliases: ["Ottoman Turkey"],
    demonyms: ["Ottoman", "Ottomans"],
    capital: "Constantinople",
  },
  { key: "XPR", canonical: "Prussia", aliases: ["Kingdom of Prussia"], demonyms: ["Prussian", "Prussians"], capital: "Berlin" },
  {
    key: "XAH",
    canonical: "Austria-Hungary",
    aliases: ["Austro-Hungarian Empire", "Austria–Hungary"],
    demonyms: ["Austro-Hungarian"],
    capital: "Vienna",
  },
  { key: "XRE", canonical: "Russian Empire", aliases: ["Imperial Russia", "Tsarist Russia"] },
  { key: "XNG", canonical: "Nazi Germany", aliases: ["Third Reich"], capital: "Berlin" },
  { key: "XWR", canonical: "Weimar Republic", capital: "Berlin" },
  { key: "XBE", canonical: "British Empire", capital: "London" },
  { key: "XHR", canonical: "Holy Roman Empire" },
  { key: "XRO", canonical: "Roman Empire" },
  { key: "XBY", canonical: "Byzantine Empire", demonyms: ["Byzantine"] },
  { key: "XSV", canonical: "South Vietnam", aliases: ["Republic of Vietnam"], demonyms: ["South Vietnamese"], capital: "Saigon" },
  {
    key: "XNV",
    canonical: "North Vietnam",
    aliases: ["Democratic Republic of Vietnam"],
    demonyms: ["North Vietnamese"],
    capital: "Hanoi",
  },
  { key: "RHO", canonical: "Rhodesia", demonyms: ["Rhodesian"] },
  { key: "XMC", canonical: "Manchukuo" },
];

/** altSpellings that are real words or too ambiguous to match ("Island" is Iceland's). */
const ALT_SPELLING_DENYLIST = new Set(["Island", "Prathet", "Mann", "Viti", "Nijar", "Thai", "Togolese", "Timor", "Saudi", "Lao"]);

/** Capitals that are also common words or names elsewhere ("Victoria" the Australian state). */
const CAPITAL_DENYLIST = new Set(["Victoria", "Kingston", "Hamilton", "Plymouth", "Douglas", "Jamestown", "City of Victoria"]);

const COMBINING_MARK_RE = /\p{M}/gu;

/** Removes combining diacritics ("Bogotá" → "Bogota"); used to add ASCII spellings. */
export function foldDiacritics(text: string): string {
  // ASCII text has no decomposition and no marks: most look-ups skip the normalisation
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (ascii) return text;
  return text.normalize("NFD").replace(COMBINING_MARK_RE, "");
}

/** Alt spellings worth matching: English-looking names, not codes or inverted "Korea, Republic of". */
function isUsableAltSpelling(alt: string): boolean {
  if (ALT_SPELLING_DENYLIST.has(alt)) return false;
  if (!/^[A-Z]/.test(alt) || alt.includes(",") || alt.includes("(")) return false;
  // "KR", "USA": acronyms are curated by hand above, never taken from codes.
  return /[a-z]/.test(alt) && /^[\p{Script=Latin}\s'’.\-]+$/u.test(alt);
}

/** Adds the "-s" plural for demonyms that take one ("Kenyan" → "Kenyans", not "Chinese"). */
function pluraliseDemonym(demonym: string): string | undefined {
  if (/(ese|ish|ch|ss|sh|s|i|y)$/.test(demonym)) return demonym.endsWith("i") ? `${demonym}s` : undefined;
  return `${demonym}s`;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v.length > 0);
}

interface GeneratedGeography {
  countries: CountrySeed[];
  territories: PlaceSeed[];
}

/** Turns world-countries records into country seeds (with capitals) and territory places. */
function generateGeography(): GeneratedGeography {
  const countries: CountrySeed[] = [];
  const territories: PlaceSeed[] = [];
  for (const record of worldCountries) {
    const key = record.cca3;
    const isCountry = record.unMember || EXTRA_COUNTRY_KEYS.has(key);
    const common = record.name.common;
    if (!isCountry) {
      territories.push({
        name: common,
        kind: "territory",
        aliases: unique([record.name.official, foldDiacritics(common), ...record.altSpellings.filter(isUsableAltSpelling)]).filter(
          (a) => a !== common,
        ),
      });
      continue;
    }
    const additions = COUNTRY_ADDITIONS[key] ?? {};
    const canonical = CANONICAL_OVERRIDES[key] ?? common;
    const demonym = record.demonyms.eng?.m;
    const baseDemonyms = demonym && !demonym.includes(",") && !demonym.includes(" or ") ? [demonym] : [];
    const demonyms = additions.demonyms ?? unique([...baseDemonyms, ...baseDemonyms.map((d) => pluraliseDemonym(d) ?? "")]);
    const capital = record.capital[0];
    const aliases = unique([
      common,
      foldDiacritics(common),
      record.name.official,
      foldDiacritics(record.name.official),
      ...record.altSpellings.filter(isUsableAltSpelling),
      ...(additions.aliases ?? []),
    ]).filter((a) => a !== canonical);
    const capitalAliases = unique([
      ...(capital ? [foldDiacritics(capital)] : []),
      ...(additions.capitalAliases ?? []),
    ]).filter((a) => a !== capital);
    const [latitude, longitude] = record.latlng;
    countries.push({
      key,
      canonical,
      ...(latitude !== undefined && longitude !== undefined
        ? { coordinates: { latitude, longitude } }
        : {}),
      aliases,
      acronyms: additions.acronyms ?? [],
      demonyms,
      ...(capital && !CAPITAL_DENYLIST.has(capital) ? { capital, capitalAliases } : {}),
    });
  }
  return { countries, territories };
}

const GENERATED = generateGeography();

/** Every country record: current states from world-countries, then historical states. */
export const COUNTRY_SEEDS: readonly CountrySeed[] = [...GENERATED.countries, ...HISTORICAL_COUNTRIES];

/** Each country's representative point by key; historical states have none. */
export const COUNTRY_COORDINATES: ReadonlyMap<string, { latitude: number; longitude: number }> =
  new Map(COUNTRY_SEEDS.flatMap((seed) => (seed.coordinates ? [[seed.key, seed.coordinates]] : [])));

/**
 * world-countries' regions and subregions (the UN geoscheme) → the gazetteer's names for them.
 * Left out where news means something else by the name: "Eastern Africa" (the UN's runs to
 * Zimbabwe and Madagascar; news' East Africa is Kenya's neighbours) and "Western Asia" (not the
 * Middle East, which takes in Egypt); the Caribbean and Central America are not news' "North
 * America" (the United States, Canada and Mexico).
 */
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  Africa: ["Africa"],
  Americas: ["Americas"],
  Asia: ["Asia"],
  Europe: ["Europe"],
  Oceania: ["Oceania"],
  "Northern Africa": ["North Africa"],
  "Western Africa": ["West Africa"],
  "Southern Africa": ["Southern Africa"],
  "Middle Africa": ["Central Africa"],
  Caribbean: ["Caribbean"],
  "Central America": ["Central America", "Latin America"],
  "North America": ["North America"],
  "South America": ["South America", "Latin America"],
  "Central Asia": ["Central Asia"],
  "Eastern Asia": ["East Asia"],
  "South-Eastern Asia": ["Southeast Asia"],
  "Southern Asia": ["South Asia"],
  "Central Europe": ["Central Europe"],
  "Eastern Europe": ["Eastern Europe"],
  "Northern Europe": ["Northern Europe"],
  "Southeast Europe": ["Southeast Europe"],
  "Southern Europe": ["Southern Europe"],
  "Western Europe": ["Western Europe"],
  "Australia and New Zealand": ["Australasia"],
};

/** Latin American states the UN puts in North America or the Caribbean by geography alone. */
const LATIN_AMERICAN_KEYS: ReadonlySet<string> = new Set(["MEX", "CUB", "DOM"]);

/**
 * Each current country's world regions by the gazetteer's names ("DEU" → Europe, Western
 * Europe), from world-countries' region and subregion: world knowledge for "Germany LOCATED_IN
 * Europe" when an article names both. Historical states have none.
 */
export const COUNTRY_REGIONS: ReadonlyMap<string, readonly string[]> = new Map(
  worldCountries.map((record) => [
    record.cca3,
    [
      ...(REGION_NAMES[record.region] ?? []),
      ...(REGION_NAMES[record.subregion] ?? []),
      ...(LATIN_AMERICAN_KEYS.has(record.cca3) ? ["Latin America"] : []),
    ],
  ]),
);

/** Dependent territories from world-countries (Hong Kong, Greenland, ...), typed PLACE. */
export const TERRITORY_SEEDS: readonly PlaceSeed[] = GENERATED.territories;

/** Combining forms used only inside hyphenated compounds ("Sino-Soviet", "Franco-German"). */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Sino: "CHN",
  Russo: "RUS",
  Franco: "FRA",
  Anglo: "GBR",
  Indo: "IND",
  Italo: "ITA",
  Greco: "GRC",
  Turco: "TUR",
};
