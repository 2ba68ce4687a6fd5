/**
 * Companies, platforms and publishers that news names by a bare word the tagger often takes for a
 * place or a person ("on Twitter", "Vattenfall said", "Carl Zeiss, founded in 1846"). Large and
 * long-lived names only: the tagger and the context cues below handle the rest.
 */

/** [key slug, canonical, other names separated by "|"]; a trailing "!" on the canonical marks a
 * name that after "the" is something else ("the Amazon" is the river). */
type CompanyRow = readonly [string, string, string?];

const ROWS: readonly CompanyRow[] = [
  // Platforms and technology
  ["twitter", "Twitter"], ["facebook", "Facebook"], ["google", "Google"], ["amazon", "Amazon!", "Amazon.com"],
  ["apple", "Apple", "Apple Inc."], ["microsoft", "Microsoft"], ["youtube", "YouTube"], ["instagram", "Instagram"],
  ["whatsapp", "WhatsApp"], ["tiktok", "TikTok"], ["spotify", "Spotify"], ["netflix", "Netflix"],
  ["deezer", "Deezer"], ["soundcloud", "SoundCloud"], ["uber", "Uber"], ["airbnb", "Airbnb"], ["ebay", "eBay"],
  ["paypal", "PayPal"], ["samsung", "Samsung"], ["sony", "Sony"], ["nokia", "Nokia"], ["huawei", "Huawei"],
  ["alibaba", "Alibaba"], ["tencent", "Tencent"], ["baidu", "Baidu"], ["ibm", "IBM"], ["intel", "Intel"],
  ["nvidia", "Nvidia"], ["tesla", "Tesla", "Tesla Motors"], ["yahoo", "Yahoo", "Yahoo!"], ["skype", "Skype"],
  ["wikipedia", "Wikipedia"], ["telegram", "Telegram"], ["linkedin", "LinkedIn"],
  ["nintendo", "Nintendo"], ["toshiba", "Toshiba"], ["motorola", "Motorola"], ["panasonic", "Panasonic"],
  ["ericsson", "Ericsson"], ["fujitsu", "Fujitsu"], ["hitachi", "Hitachi"],
  // Vehicles, industry and energy
  ["volkswagen", "Volkswagen", "VW"], ["bmw", "BMW"], ["daimler", "Daimler"], ["mercedes-benz", "Mercedes-Benz"],
  ["siemens", "Siemens"], ["bosch", "Bosch", "Robert Bosch GmbH"], ["basf", "BASF"], ["sap", "SAP"],
  ["thyssenkrupp", "ThyssenKrupp", "Thyssenkrupp"], ["carl-zeiss", "Carl Zeiss", "Zeiss|Carl Zeiss AG"],
  ["airbus", "Airbus"], ["boeing", "Boeing"], ["toyota", "Toyota"], ["renault", "Renault"],
  ["opel", "Opel"], ["porsche", "Porsche"], ["audi", "Audi"], ["general-motors", "General Motors", "GM"],
  ["vattenfall", "Vattenfall"], ["eon", "E.ON", "E.on|Eon"], ["rwe", "RWE"], ["enbw", "EnBW"],
  ["gazprom", "Gazprom"], ["rosneft", "Rosneft"], ["lukoil", "Lukoil"], ["shell", "Shell", "Royal Dutch Shell"],
  ["bp", "BP"], ["exxonmobil", "ExxonMobil", "Exxon Mobil|Exxon"], ["chevron", "Chevron"],
  ["total", "TotalEnergies"], ["eni", "Eni"], ["equinor", "Equinor", "Statoil"], ["omv", "OMV"],
  ["arcelormittal", "ArcelorMittal"], ["glencore", "Glencore"], ["monsanto", "Monsanto"],
  // Finance, retail, health, media
  ["deutsche-bank", "Deutsche Bank"], ["commerzbank", "Commerzbank"], ["allianz", "Allianz"],
  ["deutsche-telekom", "Deutsche Telekom"], ["deutsche-bahn", "Deutsche Bahn"], ["lufthansa", "Lufthansa"],
  ["goldman-sachs", "Goldman Sachs"], ["jpmorgan", "JPMorgan Chase", "JPMorgan|JP Morgan"], ["hsbc", "HSBC"],
  ["barclays", "Barclays"], ["ubs", "UBS"], ["credit-suisse", "Credit Suisse"], ["nestle", "Nestlé", "Nestle"],
  ["unilever", "Unilever"], ["walmart", "Walmart", "Wal-Mart"], ["aldi", "Aldi"], ["lidl", "Lidl"],
  ["adidas", "Adidas"], ["pfizer", "Pfizer"], ["novartis", "Novartis"], ["roche", "Roche"], ["bayer-ag", "Bayer AG"],
  ["biontech", "BioNTech"], ["axel-springer", "Axel Springer", "Axel Springer SE|Axel Springer AG"],
  ["bertelsmann", "Bertelsmann"], ["handelsblatt", "Handelsblatt"], ["bild", "Bild", "Bild-Zeitung"],
  ["die-zeit", "Die Zeit"], ["sueddeutsche-zeitung", "Süddeutsche Zeitung", "Sueddeutsche Zeitung"],
  ["faz", "Frankfurter Allgemeine Zeitung", "FAZ|Frankfurter Allgemeine"], ["die-welt", "Die Welt"],
];

/** One company: stable key, canonical name, other names, and whether "the" before it means something else. */
export interface CompanySeed {
  key: string;
  canonical: string;
  names: readonly string[];
  notAfterThe: boolean;
}

/** Every listed company, keyed "company:<slug>". */
export const COMPANY_SEEDS: readonly CompanySeed[] = ROWS.map(([slug, canonical, names]) => ({
  key: `company:${slug}`,
  canonical: canonical.replace(/!$/, ""),
  names: names ? names.split("|") : [],
  notAfterThe: canonical.endsWith("!"),
}));

/**
 * Words before "leader" that make it a firm's standing, not a person's post: "market leader
 * Nintendo", "sector leader Omnicom".
 */
export const MARKET_LEADER_WORDS: ReadonlySet<string> = new Set(["market", "sector"]);

/**
 * Lowercase nouns right before a name that make it a company or publisher: "Swedish utility
 * Vattenfall", "the US firm Union Carbide", "the news magazine Der Spiegel".
 */
export const COMPANY_LEAD_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "group", "carmaker", "automaker", "utility", "retailer", "giant", "operator",
  "broadcaster", "newspaper", "magazine", "daily", "weekly", "insurer", "lender", "startup",
  "start-up", "manufacturer", "maker", "supplier", "conglomerate", "platform", "website", "app",
  "subsidiary", "corporation", "chipmaker", "airline", "publisher", "bank", "brand", "producer",
  "consultancy", "label", "studio", "chain", "network", "provider",
  // "Australian brewer Fosters", "Indian drugmaker Dr Reddy's", "insurance broker Marsh", "an
  // analyst at brokers Jefferies", and bodies named the same way: "Britain's biggest union
  // Unison", "media watchdog Ofcom".
  "brewer", "drugmaker", "broker", "brokers", "brokerage", "stockbroker", "stockbrokers",
  "reinsurer", "steelmaker", "union", "watchdog", "regulator", "charity", "agency",
  // "the Media Center, a US-based think-tank": a research body.
  "think-tank", "thinktank",
  // "housebuilder Perry Lomax", "bookmaker Ada Venn": a firm named for its founder.
  "housebuilder", "bookmaker", "bookmakers",
  // "Zorvex Bourse, the German stock exchange,", "pan-European bourse Euronext": a market's operator.
  "exchange", "bourse",
]);

/**
 * Company nouns a person's calling shares: opening a sentence before a full name the tagger read
 * as a person they lead the person ("Producer Judy Crane", "Broadcaster Tom Hale").
 * Not "maker" or "brewer", which lead firms named for their founders ("wine maker Robert Mondavi")
 * as often as people ("games maker Peter Molyneux").
 */
export const PERSON_HELD_LEAD_NOUNS: ReadonlySet<string> = new Set([
  "producer", "publisher", "broadcaster", "broker", "stockbroker", "operator",
]);

/**
 * Heads that type a name only when the sentence says it is one ("Korvald is a non-profit
 * organisation"): before a name, "organisation" may lead a person's description.
 */
export const COPULA_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "organisation", "organization",
]);

/** "Korvald is a …", "Korvald was the …": the verbs that make the noun phrase after them the name's. */
export const COPULA_VERBS: ReadonlySet<string> = new Set(["is", "was"]);

/**
 * Words that may follow an apposition's noun phrase after a name: "Parmalat, the food group at
 * the centre of", "Korvald, a firm which", "Velmora, the Italian carmaker, said". A verb there
 * makes the phrase a clause's subject instead ("At Gatwick, the company has written").
 */
export const APPOSITION_PHRASE_ENDS: ReadonlySet<string> = new Set([
  ",", ".", ";", ":", ")", "-", "at", "in", "of", "on", "for", "with", "from", "by", "to", "and",
  "which", "that", "whose", "based", "owned", "run",
]);

/**
 * Heads of a noun phrase set off before a name that make the name a firm's or a band's: "the
 * world's biggest confectionery firm, Velmora Foods, has", "his other band, Quillmoor.", "its key
 * production unit, Norvex,". Not the callings a person also holds ("the film's producer, Jo
 * Hale", "its maker, Ada Venn"), nor "arm" ("held his arm, Hale").
 */
export const APPOSED_COMPANY_HEADS: ReadonlySet<string> = new Set([
  "firm", "company", "group", "band", "airline", "carmaker", "retailer", "bank", "brewer",
  "broadcaster", "insurer", "lender", "provider", "network", "subsidiary", "unit", "mill", "chain",
  "label", "charity", "conglomerate", "utility", "drugmaker", "chipmaker", "manufacturer",
  "supplier",
]);

/**
 * Nouns that stand before a company's one-word name as before a person's name ("analyst Gartner",
 * "analyst Jo Hale"; "steel producer Corvex", "executive producer Jo Hale").
 */
export const SHARED_LEAD_NOUNS: ReadonlySet<string> = new Set([
  "analyst",
  "analysts",
  "developer",
  "producer",
]);

/**
 * Nouns after a name that make it a company ("Fiat shares fell", "Enron employees"); not
 * "plant" or "factory", which follow a town as often ("the Oxford factory"), nor "stock"
 * ("the Tel Aviv stock market").
 */
export const COMPANY_TRAIL_NOUNS: ReadonlySet<string> = new Set([
  "shares", "shareholders", "subsidiary", "division", "employees", "workforce",
  "customers", "executives",
]);

/** Nouns after a possessive that make the possessor a firm: "Yukos' founder", "Fiat's shareholders". */
export const POSSESSED_COMPANY_NOUNS: ReadonlySet<string> = new Set([
  ...COMPANY_TRAIL_NOUNS, "founder", "founders",
]);

/** Words after "shares" that make it a verb ("Smith shares his view"), not the company's stock. */
export const SHARES_VERB_OBJECTS: ReadonlySet<string> = new Set([
  "his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "this", "that", "some",
  "with", "in",
]);

/**
 * Plural company nouns before a list of names that makes each a company: "technology firms
 * Brindlemoor and Ashcombe", "companies such as Norvex, Kalvo and Dorrit", "brokers Jeffreys".
 * Not "makers", "giants" or "rivals", which lead people as often ("policy makers such as").
 */
export const COMPANY_LIST_NOUNS: ReadonlySet<string> = new Set([
  "firms", "companies", "operators", "retailers", "brewers", "banks", "airlines", "publishers",
  "carriers", "brokers", "insurers", "lenders", "manufacturers", "carmakers", "broadcasters",
  "chains",
]);

/** Words between a plural company noun and its list: "firms such as", "companies like", "banks including". */
export const COMPANY_LIST_LINKS: ReadonlySet<string> = new Set(["like", "including"]);
