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

/**
 * Companies listed after the shipped tagger was trained (2026-12-07): large firms of two decades
 * of business news that the tagger reads as people or places when named by one word ("Vivendi
 * said", "Seagram was bought"). They stay out of the tagger's gazetteer features
 * (`COMPANY_KEYS_AFTER_TAGGER`), so `npm run train` still rebuilds the shipped model; recognition
 * types them as any listed company. Words that are also common surnames, places or nouns
 * ("Ford", "Orange", "Virgin", "Sharp", "Next", "Halifax") are listed only in longer forms.
 */
const ROWS_AFTER_TAGGER: readonly CompanyRow[] = [
  // Media, music, games and telecoms
  ["vivendi", "Vivendi", "Vivendi Universal"], ["viacom", "Viacom"], ["time-warner", "Time Warner", "TimeWarner"],
  ["aol", "AOL", "America Online"], ["news-corp", "News Corporation", "News Corp"], ["bskyb", "BSkyB", "British Sky Broadcasting"],
  ["itv", "ITV"], ["walt-disney", "Walt Disney Company", "Disney"], ["emi", "EMI"], ["warner-music", "Warner Music", "Warner Music Group"],
  ["sony-bmg", "Sony BMG"], ["electronic-arts", "Electronic Arts"], ["activision", "Activision"], ["ubisoft", "Ubisoft"],
  ["sega", "Sega"], ["vodafone", "Vodafone"], ["telefonica", "Telefónica", "Telefonica"], ["t-mobile", "T-Mobile"],
  ["verizon", "Verizon"], ["att", "AT&T"], ["comcast", "Comcast"], ["bt-group", "BT Group", "British Telecom"],
  ["france-telecom", "France Telecom"], ["ntt-docomo", "NTT DoCoMo", "DoCoMo"], ["softbank", "SoftBank"],
  ["napster", "Napster"], ["myspace", "MySpace"],
  // Technology
  ["oracle", "Oracle!"], ["cisco", "Cisco", "Cisco Systems"], ["hewlett-packard", "Hewlett-Packard", "HP"],
  ["dell", "Dell Computer", "Dell Inc."], ["xerox", "Xerox"], ["kodak", "Kodak", "Eastman Kodak"], ["canon", "Canon"],
  ["philips", "Philips"], ["lenovo", "Lenovo"], ["qualcomm", "Qualcomm"], ["amd", "AMD", "Advanced Micro Devices"],
  ["sun-microsystems", "Sun Microsystems"], ["lg-electronics", "LG Electronics"], ["infosys", "Infosys"], ["wipro", "Wipro"],
  // Drinks, food, consumer goods and retail
  ["seagram", "Seagram"], ["diageo", "Diageo"], ["pernod-ricard", "Pernod Ricard"], ["lvmh", "LVMH"],
  ["allied-domecq", "Allied Domecq"], ["anheuser-busch", "Anheuser-Busch"], ["inbev", "InBev", "Interbrew"],
  ["sabmiller", "SABMiller"], ["heineken", "Heineken"], ["carlsberg", "Carlsberg"], ["coca-cola", "Coca-Cola"],
  ["pepsico", "PepsiCo"], ["mcdonalds", "McDonald's"], ["starbucks", "Starbucks"], ["nike", "Nike"],
  ["procter-gamble", "Procter & Gamble"], ["cadbury", "Cadbury Schweppes", "Cadbury"], ["tesco", "Tesco"],
  ["asda", "Asda"], ["marks-spencer", "Marks & Spencer", "M&S"], ["carrefour", "Carrefour"], ["ikea", "Ikea", "IKEA"],
  ["ahold", "Ahold"], ["woolworths", "Woolworths"],
  // Finance
  ["citigroup", "Citigroup"], ["morgan-stanley", "Morgan Stanley"], ["merrill-lynch", "Merrill Lynch"],
  ["lehman-brothers", "Lehman Brothers"], ["lloyds-tsb", "Lloyds TSB"], ["rbs", "Royal Bank of Scotland", "RBS"],
  ["hbos", "HBOS"], ["santander", "Santander", "Banco Santander"], ["bnp-paribas", "BNP Paribas"],
  ["societe-generale", "Société Générale", "Societe Generale"], ["ing", "ING Group"], ["axa", "AXA"], ["aviva", "Aviva"],
  ["aig", "AIG", "American International Group"], ["berkshire-hathaway", "Berkshire Hathaway"], ["fannie-mae", "Fannie Mae"],
  ["deutsche-boerse", "Deutsche Börse", "Deutsche Boerse"], ["euronext", "Euronext"], ["nasdaq", "Nasdaq"],
  // Industry, energy, transport and health
  ["yukos", "Yukos"], ["sibneft", "Sibneft"], ["aeroflot", "Aeroflot"], ["norilsk-nickel", "Norilsk Nickel"],
  ["enron", "Enron"], ["worldcom", "WorldCom", "Worldcom"], ["parmalat", "Parmalat"], ["tyco", "Tyco", "Tyco International"],
  ["halliburton", "Halliburton"], ["nissan", "Nissan", "Nissan Motor"], ["honda", "Honda"], ["hyundai", "Hyundai"],
  ["peugeot", "Peugeot", "PSA Peugeot Citroen|PSA Peugeot Citroën"], ["fiat", "Fiat"], ["volvo", "Volvo"],
  ["ford-motor", "Ford Motor", "Ford Motor Company"], ["mitsubishi-motors", "Mitsubishi Motors"],
  ["daimlerchrysler", "DaimlerChrysler"], ["rolls-royce", "Rolls-Royce"], ["bae-systems", "BAE Systems"],
  ["ryanair", "Ryanair"], ["easyjet", "EasyJet", "easyJet"], ["british-airways", "British Airways"],
  ["air-france-klm", "Air France-KLM"], ["air-france", "Air France"], ["klm", "KLM"], ["qantas", "Qantas"],
  ["glaxosmithkline", "GlaxoSmithKline", "GSK"], ["astrazeneca", "AstraZeneca"], ["sanofi", "Sanofi", "Sanofi-Aventis"],
  ["merck", "Merck"], ["johnson-johnson", "Johnson & Johnson"], ["bhp-billiton", "BHP Billiton"],
  ["rio-tinto", "Rio Tinto"], ["anglo-american", "Anglo American"], ["centrica", "Centrica"], ["petrochina", "PetroChina"],
  ["sinopec", "Sinopec"], ["cnooc", "CNOOC"], ["tata", "Tata", "Tata Group"], ["wpp", "WPP"],
];

/** Keys of the companies listed after the shipped tagger: kept out of its gazetteer features. */
export const COMPANY_KEYS_AFTER_TAGGER: ReadonlySet<string> = new Set(
  ROWS_AFTER_TAGGER.map(([slug]) => `company:${slug}`),
);

/** One company: stable key, canonical name, other names, and whether "the" before it means something else. */
export interface CompanySeed {
  key: string;
  canonical: string;
  names: readonly string[];
  notAfterThe: boolean;
}

/** Every listed company, keyed "company:<slug>". */
export const COMPANY_SEEDS: readonly CompanySeed[] = [...ROWS, ...ROWS_AFTER_TAGGER].map(([slug, canonical, names]) => ({
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
