/**
 * Head words of multi-word names that settle what the name is, whatever the tagger called it:
 * "Kazan University" is an organisation, "Ellis Island" a place. The head is the word before
 * "of" ("University of Kazan"), else the last word.
 */

/** Heads of organisations' names. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "University", "Institute", "Foundation", "Association", "Agency", "Federation", "Party",
  "Corporation", "Company", "Council", "Committee", "Commission", "Ministry", "Fund", "Society",
  "Academy", "College", "Organisation", "Organization", "Authority", "Bureau", "Inc", "Inc.",
  "Ltd", "Ltd.", "AG", "GmbH", "SE", "plc", "Corp", "Corp.", "Bank", "Union", "Congress",
]);

/**
 * Last words of a firm's name that no person's or place's name ends with: "Calyon Securities",
 * "Asahi Breweries", "LNM Holdings". Unlike the heads above, they overrule a tagger's person.
 */
export const FIRM_NAME_HEADS: ReadonlySet<string> = new Set([
  "Securities", "Holdings", "Breweries", "Brewery", "Motors", "Airlines", "Airways",
  "Pharmaceuticals", "Industries", "Investments", "Electronics", "Telecom", "Communications",
  "Technologies", "Petroleum", "Group", "Capital", "Partners", "Bancorp", "Insurance", "Sport",
]);

/** Heads of places' names. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "Island", "Islands", "Church", "Cathedral", "Mosque", "Synagogue", "Temple", "Airport",
  "Square", "Street", "Bridge", "Palace", "Castle", "Base", "Campus", "Park", "Valley",
  "Mountains", "River", "Lake", "Sea", "Ocean", "Peninsula", "Desert", "Province", "Region",
  "District", "County", "Canal", "Harbour", "Harbor", "Stadium", "Dam",
]);

/** "the Catholic Church": a denomination and "Church" alone name the institution, not a building. */
export const DENOMINATIONS: ReadonlySet<string> = new Set([
  "Catholic", "Protestant", "Orthodox", "Anglican", "Evangelical", "Lutheran", "Methodist",
  "Baptist", "Coptic",
]);

/**
 * Capitalised words that alone name no one thing: "the Union", "the Commission", "the North".
 * One is the organisation or place the article names in full, or nothing; as an entity of its
 * own it would join every union or commission of every article.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "Union", "Commission", "Council", "Committee", "Party", "Government", "Ministry", "Court",
  "Parliament", "Assembly", "Agency", "Bank", "Alliance", "Coalition", "Federation", "Cabinet",
  "Opposition", "Administration", "Board", "Tribunal", "Senate", "Chamber", "Office",
  "Department", "Army", "Navy", "Police", "Church", "University", "Institute", "Foundation",
  "Association", "Company", "Group", "League", "Movement", "Front", "Treaty", "Agreement",
  "North", "South", "East", "West", "Gulf", "State", "Republic", "Kingdom", "Empire",
]);

/**
 * Words of a state body's name that say which body but not whose: "Supreme Court", "Interior
 * Ministry", "Ministry of Foreign Affairs", "Federal Constitutional Court". A name made of these
 * and a generic head alone is that body of the country the article is about.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "Supreme", "Constitutional", "Federal", "National", "High", "Administrative", "Central",
  "Interior", "Foreign", "Defense", "Defence", "Finance", "Justice", "Health", "Education",
  "Economy", "Economic", "Economics", "Environment", "Agriculture", "Labor", "Trade", "Transport",
  "Energy", "Security", "Intelligence", "Service", "Public", "Prosecutor", "Prosecutors",
  "General", "Electoral", "Election", "Affairs", "Home", "Border", "Coast", "Guard", "Statistics",
  "Criminal", "Investigation", "Appeals", "Appeal", "Military", "Armed", "Forces", "Air", "Force",
  "Culture", "Science", "Research", "Development", "Social", "Family", "Women", "Youth",
  "Commerce", "Industry", "Communications", "Information", "Immigration", "Migration",
  "Refugees", "Customs", "Tax", "Revenue", "Audit", "Secret", "Presidential", "Cooperation",
  "Court", "Ministry", "Parliament", "Senate", "Congress", "Cabinet", "Government", "Police",
  "Office", "Department", "Agency", "Bank", "Council", "Assembly", "Army", "Navy", "Commission",
  "Tribunal", "Chamber", "Bureau", "Authority", "Administration", "Committee",
  "of", "for", "and", "the",
]);

/**
 * Legal-form words (as keys write them) that end a company's registered name and that news
 * mostly drops: "Sony Corporation", "MCI Inc.", "Altria Group", "Goldman Sachs & Co" are
 * "Sony", "MCI", "Altria", "Goldman Sachs".
 */
export const LEGAL_FORM_WORDS: readonly string[] = [
  "corporation", "corp", "incorporated", "inc", "co", "company", "plc", "ltd", "limited",
  "group", "holdings", "llc", "ag", "sa", "nv", "gmbh",
];

/**
 * Last words of a venue's or a performing company's name: "the Harbour Theatre", "the Tate
 * Gallery", "the Halle Orchestra". Such a name is no work unless a work noun announces it.
 */
export const VENUE_NAME_HEADS: ReadonlySet<string> = new Set([
  "Theatre", "Theater", "Museum", "Gallery", "Orchestra", "Philharmonic",
]);

/**
 * Acronyms that are common nouns, written in capitals: a thing of a kind, never the short name
 * of the one organisation or product whose name they end ("Western PC vendors", "the Star Wars
 * DVD", "Mersey TV"), unlike "DS" of "Nintendo DS" or "FA" of "the Northern Irish FA"; nor,
 * alone, an entity ("PC sales", "ID cards"). Not "AI" or "UFO": films and series go by them.
 */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set([
  "PC", "TV", "DVD", "CD", "VJ", "DJ", "ID", "MP3", "SMS", "PDA", "LCD", "HD", "HDTV", "PIN",
  "CEO", "MP", "MEP", "MSP", "IT", "GDP", "VAT", "IPO", "DNA", "ATM", "VCR", "PVR", "ISP",
  "URL", "PR", "HR", "CV", "SUV", "4x4",
]);
