/**
 * Places: the cities GeoNames lacks (see CITY_ROWS), sub-national units and geographic regions. Capitals come
 * from world-countries (see countries.ts) and are not repeated here. Rows are compact
 * "Name|country key|alias;alias" strings so the lists stay reviewable at a glance.
 */
import type { PlaceKind, PlaceSeed } from "./schema.js";

/**
 * Cities GeoNames lacks or gets wrong for news, "Name|country|aliases"; every other city comes
 * from GeoNames (cities.ts). Kept because GeoNames has no such name ("Silicon Valley", "Gaza
 * City", "Frankfurt" is "Frankfurt am Main"), misses the news spelling or exonym ("NYC",
 * "Bombay", "Kharkov", "Danzig"), or its most populous homonym is not the one news means
 * ("Newcastle" in Australia, "Valencia" in Venezuela). These match without tagger help.
 */
const CITY_ROWS = `
New York|USA|New York City;NYC
Los Angeles|USA|L.A.
St. Louis|USA|Saint Louis;St Louis
Silicon Valley|USA
Wall Street|USA
Palm Beach|USA
Mar-a-Lago|USA
Pearl Harbor|USA
Guantanamo Bay|CUB|Guantánamo Bay;Guantanamo
Quebec City|CAN
Rio de Janeiro|BRA|Rio
Newcastle|GBR
Lockerbie|GBR
Munich|DEU|München
Frankfurt|DEU
Cologne|DEU|Köln
Nuremberg|DEU|Nürnberg
Ramstein|DEU
East Berlin|DEU
West Berlin|DEU
Marseille|FRA|Marseilles
Lyon|FRA|Lyons
Milan|ITA|Milano
Naples|ITA|Napoli
Turin|ITA|Torino
Florence|ITA|Firenze
Venice|ITA|Venezia
Genoa|ITA|Genova
Valencia|ESP
Seville|ESP|Sevilla
Porto|PRT|Oporto
The Hague|NLD|Den Haag
Antwerp|BEL
Ghent|BEL
Monte Carlo|MCO
Geneva|CHE|Genève
Krakow|POL|Kraków;Cracow
Gdansk|POL|Gdańsk;Danzig
Wroclaw|POL|Wrocław
Lodz|POL|Łódź
Gothenburg|SWE|Göteborg
Aarhus|DNK
St. Petersburg|RUS|Saint Petersburg;St Petersburg;Leningrad;Petrograd
Nizhny Novgorod|RUS
Rostov-on-Don|RUS|Rostov
Volgograd|RUS|Stalingrad
Kaliningrad|RUS|Königsberg
Grozny|RUS
Kharkiv|UKR|Kharkov
Odesa|UKR|Odessa
Dnipro|UKR|Dnipropetrovsk
Lviv|UKR|Lvov;Lwów
Zaporizhzhia|UKR|Zaporizhia;Zaporozhye
Mykolaiv|UKR|Nikolaev
Bakhmut|UKR|Artemivsk
Avdiivka|UKR
Chernobyl|UKR|Chornobyl
Luhansk|UKR|Lugansk
Kramatorsk|UKR
Almaty|KAZ|Alma-Ata
Guangzhou|CHN|Canton
Nanjing|CHN|Nanking
Xi'an|CHN|Xian
Tiananmen Square|CHN|Tiananmen
Busan|KOR|Pusan
Panmunjom|KOR
Mumbai|IND|Bombay
Kolkata|IND|Calcutta
Chennai|IND|Madras
Bangalore|IND|Bengaluru
Mazar-i-Sharif|AFG
Ho Chi Minh City|VNM|HCMC
Bali|IDN
Cebu|PHL
Yangon|MMR|Rangoon
Penang|MYS
Mecca|SAU|Makkah
Basra|IRQ
Erbil|IRQ|Irbil;Arbil
Fallujah|IRQ
Raqqa|SYR
Tartus|SYR
Isfahan|IRN|Esfahan
Natanz|IRN
Gaza City|PSE
Khan Younis|PSE|Khan Yunis
Jenin|PSE
Bethlehem|PSE
Sharm el-Sheikh|EGY|Sharm El Sheikh
Misrata|LBY
Marrakesh|MAR|Marrakech
Darfur|SDN
Hodeidah|YEM
`;

/** US states, with their postal codes (GeoNames' first-level division codes for the US). */
const US_STATES: Array<[code: string, name: string]> = [
  ["AL", "Alabama"], ["AK", "Alaska"], ["AZ", "Arizona"], ["AR", "Arkansas"], ["CA", "California"],
  ["CO", "Colorado"], ["CT", "Connecticut"], ["DE", "Delaware"], ["FL", "Florida"], ["HI", "Hawaii"],
  ["ID", "Idaho"], ["IL", "Illinois"], ["IN", "Indiana"], ["IA", "Iowa"], ["KS", "Kansas"],
  ["KY", "Kentucky"], ["LA", "Louisiana"], ["ME", "Maine"], ["MD", "Maryland"], ["MA", "Massachusetts"],
  ["MI", "Michigan"], ["MN", "Minnesota"], ["MS", "Mississippi"], ["MO", "Missouri"], ["MT", "Montana"],
  ["NE", "Nebraska"], ["NV", "Nevada"], ["NH", "New Hampshire"], ["NJ", "New Jersey"], ["NM", "New Mexico"],
  ["NC", "North Carolina"], ["ND", "North Dakota"], ["OH", "Ohio"], ["OK", "Oklahoma"], ["OR", "Oregon"],
  ["PA", "Pennsylvania"], ["RI", "Rhode Island"], ["SC", "South Carolina"], ["SD", "South Dakota"],
  ["TN", "Tennessee"], ["TX", "Texas"], ["UT", "Utah"], ["VT", "Vermont"], ["VA", "Virginia"],
  ["WV", "West Virginia"], ["WI", "Wisconsin"], ["WY", "Wyoming"],
];

/** Chinese provinces, autonomous regions and municipalities (capital cities are in CITY_ROWS). */
const CHINESE_PROVINCES = [
  "Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan",
  "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Sichuan", "Yunnan",
  "Zhejiang", "Guangxi", "Inner Mongolia", "Ningxia", "Xinjiang", "Tibet",
];

/**
 * Other sub-national units that recur in international news, "Name|country|aliases"; a name
 * regions of several countries share lists them all ("Punjab|IND,PAK").
 */
const REGION_ROWS = `
Washington State|USA|Washington state
Georgia|USA
England|GBR
Scotland|GBR
Wales|GBR
Northern Ireland|GBR|Ulster
Crimea|UKR|Crimean Peninsula
Donbas|UKR|Donbass;Donets Basin
Donetsk Oblast|UKR|Donetsk region
Luhansk Oblast|UKR|Luhansk region
Kherson Oblast|UKR|Kherson region
Zaporizhzhia Oblast|UKR|Zaporizhzhia region
Kharkiv Oblast|UKR|Kharkiv region
Transnistria|MDA|Trans-Dniester
Abkhazia|GEO
South Ossetia|GEO
Nagorno-Karabakh|AZE|Karabakh;Artsakh
Chechnya|RUS|Chechen Republic
Dagestan|RUS
Siberia|RUS
Chukotka|RUS
Kamchatka|RUS
Kursk Oblast|RUS|Kursk region
Belgorod Oblast|RUS|Belgorod region
Hong Kong|CHN
Macau|CHN|Macao
Xinjiang Uyghur Autonomous Region|CHN
Tibet Autonomous Region|CHN
Manchuria|CHN
Kashmir|IND|Jammu and Kashmir
Punjab|IND,PAK
Bengal|IND,BGD
Assam|IND
Ladakh|IND
Arunachal Pradesh|IND
Uttar Pradesh|IND
Maharashtra|IND
Gujarat|IND
Kerala|IND
Tamil Nadu|IND
Balochistan|PAK|Baluchistan
Khyber Pakhtunkhwa|PAK
Gilgit-Baltistan|PAK
Kurdistan|IRQ|Iraqi Kurdistan
West Bank|PSE
Gaza|PSE|Gaza Strip
East Jerusalem|PSE
Golan Heights|SYR|Golan
Sinai|EGY|Sinai Peninsula
Tigray|ETH
Amhara|ETH
Kurdistan Region|IRQ
Bavaria|DEU
Saxony|DEU
Catalonia|ESP|Catalunya
Basque Country|ESP
Andalusia|ESP
Corsica|FRA
Sicily|ITA
Sardinia|ITA
Lombardy|ITA
Flanders|BEL
Wallonia|BEL
Quebec|CAN|Québec
Ontario|CAN
British Columbia|CAN
Alberta|CAN
Queensland|AUS
New South Wales|AUS
Tasmania|AUS
Western Australia|AUS
Mindanao|PHL
Aceh|IDN
Papua|IDN|West Papua
Java|IDN
Sumatra|IDN
Borneo
Hokkaido|JPN
Kyushu|JPN
Okinawa Prefecture|JPN
Kinmen|TWN|Quemoy
Matsu|TWN
Jeju|KOR|Jeju Island
Kuril Islands|RUS|Kurils;Kuriles
Sakhalin|RUS
Greenland|DNK
Svalbard|NOR|Spitsbergen;Spitzbergen
Bornholm|DNK
Gotland|SWE
Aland Islands|FIN|Åland Islands;Åland
Falklands|GBR|Falkland Islands;Malvinas
Gibraltar|GBR
Diego Garcia|GBR
Guam|USA
Puerto Rico|USA
Hawaiian Islands|USA
Spratly Islands|
Spratlys|
Paracel Islands|
Senkaku Islands||Diaoyu Islands;Senkakus
Scarborough Shoal|
Second Thomas Shoal|
Kaliningrad Oblast|RUS
Zaporizhzhia Nuclear Power Plant|UKR|Zaporizhzhia nuclear plant
`;

/** Continents and world regions (no country). */
const WORLD_REGIONS: Array<[PlaceKind, string, string[]?]> = [
  ["continent", "Asia"],
  ["continent", "Europe"],
  ["continent", "Africa"],
  ["continent", "North America"],
  ["continent", "South America"],
  ["continent", "Antarctica"],
  ["continent", "Oceania"],
  ["continent", "Australasia"],
  ["continent", "Eurasia"],
  ["region", "Americas"],
  ["region", "Asia-Pacific", ["Asia Pacific", "APAC"]],
  ["region", "Indo-Pacific", ["Indo Pacific"]],
  ["region", "Eastern Europe", ["East Europe"]],
  ["region", "Western Europe"],
  ["region", "Central Europe"],
  ["region", "Southern Europe"],
  ["region", "Northern Europe"],
  ["region", "Southeast Europe", ["South-East Europe", "Southeastern Europe"]],
  ["region", "Central and Eastern Europe"],
  ["region", "Middle East", ["Mideast"]],
  ["region", "Near East"],
  ["region", "Far East"],
  ["region", "Central Asia"],
  ["region", "East Asia"],
  ["region", "South Asia"],
  ["region", "Southeast Asia", ["South-East Asia", "South East Asia"]],
  ["region", "Northeast Asia", ["North-East Asia"]],
  ["region", "West Asia"],
  ["region", "Asia Minor"],
  ["region", "Caucasus", ["South Caucasus", "North Caucasus"]],
  ["region", "Balkans", ["Western Balkans"]],
  ["region", "Baltics", ["Baltic states", "Baltic States"]],
  ["region", "Scandinavia"],
  ["region", "Nordic countries", ["Nordics"]],
  ["region", "Iberia", ["Iberian Peninsula"]],
  ["region", "Latin America"],
  ["region", "Central America"],
  ["region", "Caribbean"],
  ["region", "North Africa"],
  ["region", "West Africa"],
  ["region", "East Africa"],
  ["region", "Southern Africa"],
  ["region", "Central Africa"],
  ["region", "Sub-Saharan Africa", ["sub-Saharan Africa"]],
  ["region", "Sahel"],
  ["region", "Horn of Africa"],
  ["region", "Maghreb"],
  ["region", "Levant"],
  ["region", "the Gulf", ["Gulf region"]],
  ["region", "Persian Gulf", ["Arabian Gulf"]],
  ["region", "Arabian Peninsula"],
  ["region", "Korean Peninsula"],
  ["region", "Arctic"],
  ["region", "Antarctic"],
  ["region", "Pacific region"],
  ["region", "South Pacific"],
  ["region", "Pacific Islands"],
  ["region", "Eurozone", ["euro zone", "eurozone"]],
  ["region", "the West", ["the Western world"]],
  ["region", "Global South"],
  ["region", "Global North"],
  ["region", "Western Hemisphere"],
  ["region", "Midwest", ["Mid-West"]],
  ["region", "Himalayas"],
  ["region", "Kashmir region"],
  ["region", "Tibetan Plateau"],
  ["region", "Silk Road"],
  ["sea", "South China Sea"],
  ["sea", "East China Sea"],
  ["sea", "Yellow Sea"],
  ["sea", "Sea of Japan", ["East Sea"]],
  ["sea", "Sea of Okhotsk"],
  ["sea", "Black Sea"],
  ["sea", "Sea of Azov"],
  ["sea", "Baltic Sea"],
  ["sea", "North Sea"],
  ["sea", "Mediterranean", ["Mediterranean Sea"]],
  ["sea", "Red Sea"],
  ["sea", "Arabian Sea"],
  ["sea", "Caspian Sea", ["Caspian"]],
  ["sea", "Barents Sea"],
  ["sea", "Adriatic", ["Adriatic Sea"]],
  ["sea", "Aegean", ["Aegean Sea"]],
  ["sea", "Caribbean Sea"],
  ["sea", "Gulf of Mexico"],
  ["sea", "Gulf of Aden"],
  ["sea", "Gulf of Oman"],
  // "access to the Pacific": the ocean, as "the Atlantic" is; the region says "Pacific region".
  ["sea", "Pacific Ocean", ["Pacific"]],
  ["sea", "Atlantic Ocean", ["Atlantic"]],
  ["sea", "Indian Ocean"],
  ["sea", "Arctic Ocean"],
  ["sea", "Southern Ocean"],
  ["sea", "Taiwan Strait", ["Strait of Taiwan", "Taiwan Straits"]],
  ["sea", "Strait of Hormuz", ["Hormuz Strait"]],
  ["sea", "Bosphorus", ["Bosporus"]],
  ["sea", "Dardanelles"],
  ["sea", "Suez Canal"],
  ["sea", "Panama Canal"],
  ["sea", "Strait of Malacca", ["Malacca Strait"]],
  ["sea", "Bab el-Mandeb", ["Bab al-Mandab"]],
  ["sea", "English Channel"],
  ["sea", "Kerch Strait"],
  ["sea", "Northern Sea Route"],
  ["sea", "Dnipro River", ["Dnieper", "Dnipro river", "Dnieper River"]],
  ["sea", "Danube"],
  ["sea", "Yangtze", ["Yangtze River"]],
  ["sea", "Amur", ["Amur River"]],
];

/** A lowercase, hyphenated slug for place keys ("Asia-Pacific" → "asia-pacific"). */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function parseRows(rows: string, kind: PlaceKind): PlaceSeed[] {
  const seeds: PlaceSeed[] = [];
  for (const line of rows.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const [name = "", country = "", aliases = ""] = trimmed.split("|");
    // "Punjab|IND,PAK": regions of two countries share the name.
    const countries = country.split(",");
    seeds.push({
      name,
      kind,
      ...(countries.length > 1 ? { sharedBy: countries } : country ? { country } : {}),
      ...(aliases ? { aliases: aliases.split(";") } : {}),
    });
  }
  return seeds;
}

/** Every hand-curated place; the US state "Georgia" gets its own key beside the country. */
export const PLACE_SEEDS: readonly PlaceSeed[] = [
  ...parseRows(CITY_ROWS, "city"),
  ...US_STATES.map(([, name]): PlaceSeed => ({ name, kind: "state", country: "USA" })),
  ...CHINESE_PROVINCES.map((name): PlaceSeed => ({ name, kind: "province", country: "CHN" })),
  ...parseRows(REGION_ROWS, "region").map((seed) =>
    seed.name === "Georgia" ? { ...seed, kind: "state" as const, key: "place:georgia-us" } : seed,
  ),
  ...WORLD_REGIONS.map(([kind, name, aliases]): PlaceSeed => ({ name, kind, ...(aliases ? { aliases } : {}) })),
];

/**
 * The entity key of a curated place: its own ("place:georgia-us"), else the slug of its name
 * without a leading "the " ("place:north-america").
 */
export function placeSeedKey(seed: PlaceSeed): string {
  return seed.key ?? `place:${slugify(seed.name.startsWith("the ") ? seed.name.slice(4) : seed.name)}`;
}

/**
 * Place keys of first-level divisions by GeoNames' admin1 code, for the countries whose codes
 * name them without GeoNames' admin tables ("GBR:SCT" → Scotland, "USA:CA" → California; most
 * countries' codes are bare numbers). New York is left out: the gazetteer's New York is the city.
 */
export const DIVISION_KEYS: ReadonlyMap<string, string> = (() => {
  const divisions: Array<[code: string, name: string]> = [
    ["GBR:ENG", "England"],
    ["GBR:SCT", "Scotland"],
    ["GBR:WLS", "Wales"],
    ["GBR:NIR", "Northern Ireland"],
    ["USA:WA", "Washington State"],
    ["USA:GA", "Georgia"],
    ...US_STATES.map(([code, name]): [string, string] => [`USA:${code}`, name]),
  ];
  const keys = new Map<string, string>();
  for (const [code, name] of divisions) {
    const seed = PLACE_SEEDS.find((place) => place.name === name && place.kind !== "city");
    if (seed) keys.set(code, placeSeedKey(seed));
  }
  return keys;
})();
