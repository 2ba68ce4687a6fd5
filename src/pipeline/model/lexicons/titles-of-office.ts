/** Titles of office, the words around them, and forms of address that are not titles. */

/** What a title says about its holder: heads the polity, or holds a post in it (legislators included). */
export type TitleRole = "LEADER" | "POSITION";

/** One lexicon row: display title, role, "|"-separated lowercase variants, implied polity key. */
export type TitleRow = [title: string, role: TitleRole, variants: string, implies?: string];

/** The lexicon: display title, role, "|"-separated lowercase variants, implied polity. */
export const TITLE_ROWS: readonly TitleRow[] = [
  ["President", "LEADER", "president|pres."],
  ["President-elect", "LEADER", "president-elect"],
  ["Prime Minister", "LEADER", "prime minister|pm|premier"],
  ["Chancellor", "LEADER", "chancellor"],
  ["King", "LEADER", "king"],
  ["Queen", "LEADER", "queen"],
  ["Emperor", "LEADER", "emperor|empress"],
  ["Sultan", "LEADER", "sultan"],
  ["Emir", "LEADER", "emir|amir"],
  ["Crown Prince", "POSITION", "crown prince"],
  ["Prince", "POSITION", "prince|princess"],
  ["Supreme Leader", "LEADER", "supreme leader"],
  ["General Secretary", "LEADER", "general secretary|general-secretary"],
  ["Secretary-General", "LEADER", "secretary-general|secretary general"],
  ["Director-General", "LEADER", "director-general|director general"],
  ["Pope", "LEADER", "pope", "VAT"],
  ["Taoiseach", "LEADER", "taoiseach", "IRL"],
  ["Chairman", "LEADER", "chairman|chairwoman|chairperson|chair"],
  ["Chief Executive", "LEADER", "ceo|chief executive|chief executive officer"],
  ["Leader", "LEADER", "leader|party leader"],
  ["Head", "LEADER", "head|chief"],
  ["Director", "LEADER", "director"],
  ["Governor", "LEADER", "governor|gov."],
  ["Mayor", "LEADER", "mayor"],
  ["Speaker", "LEADER", "speaker|house speaker"],
  ["First Minister", "LEADER", "first minister|chief minister"],
  ["Commander-in-Chief", "LEADER", "commander-in-chief|commander in chief"],
  ["Patriarch", "LEADER", "patriarch"],
  ["Vice President", "POSITION", "vice president|vice-president|vp"],
  [
    "Deputy Prime Minister",
    "POSITION",
    "deputy prime minister|deputy premier|vice premier|vice-premier",
  ],
  ["Secretary of State", "POSITION", "secretary of state"],
  [
    "Foreign Minister",
    "POSITION",
    "foreign minister|minister of foreign affairs|foreign affairs minister",
  ],
  ["Foreign Secretary", "POSITION", "foreign secretary"],
  [
    "Defence Minister",
    "POSITION",
    "defence minister|defense minister|minister of defence|minister of defense",
  ],
  [
    "Defence Secretary",
    "POSITION",
    "defence secretary|defense secretary|secretary of defense|secretary of defence|secretary of war|war secretary",
  ],
  ["Home Secretary", "POSITION", "home secretary"],
  ["Interior Minister", "POSITION", "interior minister|minister of the interior|home minister"],
  ["Finance Minister", "POSITION", "finance minister|minister of finance"],
  ["Treasurer", "POSITION", "treasurer"],
  ["Treasury Secretary", "POSITION", "treasury secretary|secretary of the treasury"],
  ["Chancellor of the Exchequer", "POSITION", "chancellor of the exchequer", "GBR"],
  ["Attorney General", "POSITION", "attorney general|attorney-general"],
  ["Justice Minister", "POSITION", "justice minister|minister of justice"],
  [
    "Trade Minister",
    "POSITION",
    "trade minister|commerce minister|commerce secretary|trade secretary|trade representative",
  ],
  ["Economy Minister", "POSITION", "economy minister|economic minister|economics minister|minister of economy"],
  ["Energy Minister", "POSITION", "energy minister|energy secretary"],
  ["Health Minister", "POSITION", "health minister|health secretary"],
  ["Minister", "POSITION", "minister"],
  ["Secretary", "POSITION", "secretary"],
  ["Press Secretary", "POSITION", "press secretary"],
  ["Spokesperson", "POSITION", "spokesperson|spokesman|spokeswoman|spokespeople"],
  ["Ambassador", "POSITION", "ambassador|amb."],
  ["Envoy", "POSITION", "envoy|special envoy|special representative"],
  ["National Security Adviser", "POSITION", "national security adviser|national security advisor"],
  ["Adviser", "POSITION", "adviser|advisor|senior adviser|senior advisor|aide"],
  ["Chief of Staff", "POSITION", "chief of staff"],
  ["High Representative", "POSITION", "high representative|foreign policy chief"],
  ["Commissioner", "POSITION", "commissioner"],
  [
    "General",
    "POSITION",
    "general|gen.|lieutenant general|lt. gen.|major general|maj. gen.|brigadier general",
  ],
  ["Admiral", "POSITION", "admiral|adm.|vice admiral|rear admiral"],
  ["Colonel", "POSITION", "colonel|col.|lieutenant colonel|lt. col."],
  ["Commander", "POSITION", "commander|cmdr."],
  ["Field Marshal", "POSITION", "field marshal|marshal"],
  ["Chief Justice", "POSITION", "chief justice"],
  ["Judge", "POSITION", "judge|justice"],
  ["Prosecutor", "POSITION", "prosecutor|chief prosecutor|prosecutor general|prosecutor-general"],
  ["Official", "POSITION", "official|senior official"],
  ["Diplomat", "POSITION", "diplomat|top diplomat"],
  ["Negotiator", "POSITION", "negotiator|chief negotiator"],
  ["Ayatollah", "POSITION", "ayatollah|grand ayatollah"],
  ["Senator", "POSITION", "senator|sen."],
  ["Representative", "POSITION", "representative|rep.|congressman|congresswoman|congressmember"],
  [
    "Member of Parliament",
    "POSITION",
    "mp|member of parliament|lawmaker|legislator|parliamentarian",
  ],
  ["Member of the European Parliament", "POSITION", "mep|member of the european parliament"],
  ["Member of the Scottish Parliament", "POSITION", "msp|member of the scottish parliament"],
];

/**
 * Titles that head a body, not a state: "British director Sean McAllister", "US chief economist",
 * "Standard Chartered chief executive Mervyn Davies" name no head of the country in sight.
 */
export const BODY_HEAD_TITLES: ReadonlySet<string> = new Set([
  "Chairman",
  "Chief Executive",
  "Director",
  "Director-General",
  "Secretary-General",
  "Head",
]);

/** Words that modify a title without changing it ("former US President"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "former",
  "then",
  "late",
  "acting",
  "interim",
  "outgoing",
  "incoming",
  "current",
  "sitting",
  "newly",
  "elected",
  "ex",
  "retired",
  "top",
  "senior",
]);

/** Determiners before a title ("the President", "his deputy"). */
export const TITLE_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our"]);

/** Party adjectives qualifying legislators ("Republican Senator Lindsey Graham"). */
export const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["Republican", "org:us-republican-party"],
  ["Democratic", "org:us-democratic-party"],
  ["Democrat", "org:us-democratic-party"],
  ["Labour", "org:uk-labour"],
  ["Conservative", "org:uk-conservatives"],
  ["Tory", "org:uk-conservatives"],
]);

/** Forms of address that are not offices (Mr., Dr., Señora), lowercase. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "mx",
  "mx.",
  "dr",
  "dr.",
  "prof",
  "prof.",
  "professor",
  "sir",
  "dame",
  "madam",
  "madame",
  "mme",
  "mme.",
  "monsieur",
  "m.",
  "herr",
  "frau",
  "señor",
  "senor",
  "señora",
  "senora",
]);

/** Forms of address that say a person is a man ("Mr Blair", "Lord Falconer"), lowercase. */
export const MALE_ADDRESS: ReadonlySet<string> = new Set(["mr", "mr.", "sir", "lord", "baron"]);
/** Forms of address that say a person is a woman ("Ms Kelly", "Dame Kelly"), lowercase. */
export const FEMALE_ADDRESS: ReadonlySet<string> = new Set([
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "dame",
  "lady",
  "baroness",
]);

/**
 * Ranks of the peerage written before a name ("Lord Cullen", "Baroness Kell"), lowercase: no
 * first name, so no initial abbreviates them.
 */
export const PEERAGE_RANKS: ReadonlySet<string> = new Set([
  "lord",
  "lady",
  "baron",
  "baroness",
  "viscount",
  "viscountess",
  "earl",
  "countess",
  "marquess",
  "duke",
  "duchess",
]);

/**
 * Titles a royal or a cleric is named by with a given name alone ("Prince Charles", "King
 * Abdullah", "Pope Benedict"), lowercase: the given name after them is no other person's first
 * name ("Charles" Kennedy).
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set([
  "king",
  "queen",
  "prince",
  "princess",
  "emperor",
  "empress",
  "sultan",
  "emir",
  "sheikh",
  "shah",
  "tsar",
  "pope",
]);

/**
 * Letters written after a person's name for the rank they hold, lowercase: a barrister's ("Gil
 * Marston QC") always follow a name; a member's of a parliament ("Dan Kemp MP") may also follow
 * the seat or party the member sits for ("the Ashford North MP", "a Labour MSP").
 */
export const PERSONAL_POST_NOMINALS: ReadonlySet<string> = new Set(["qc", "kc"]);
export const MEMBER_POST_NOMINALS: ReadonlySet<string> = new Set(["mp", "msp", "mep"]);

/** Tokens that may close an apposition ("Xi Jinping, China's president, said"). */
export const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  ")",
  "—",
  "–",
  "-",
  "!",
  "?",
  '"',
  "”",
  "'",
]);

/**
 * Titles of a national government's offices (display titles of TITLE_ROWS) that a story gives its
 * own country's ministers without naming the country: "Home Secretary Charles Clarke" in a story
 * about Britain. Not "President" (a British story's "President Bush" is American; the home
 * offices read it by country, PRESIDENTLESS_COUNTRIES), nor "Secretary of State" or "Treasury
 * Secretary" (American in a British story); "Chancellor" is read by country (HOME_TITLE_ROLES).
 */
export const HOME_GOVERNMENT_TITLES: ReadonlySet<string> = new Set([
  "Prime Minister",
  "Deputy Prime Minister",
  "Foreign Secretary",
  "Foreign Minister",
  "Home Secretary",
  "Interior Minister",
  "Defence Secretary",
  "Defence Minister",
  "Finance Minister",
  "Attorney General",
  "Justice Minister",
  "Trade Minister",
  "Economy Minister",
  "Energy Minister",
  "Health Minister",
  "Minister",
  "Secretary",
]);

/**
 * Titles only a state's government confers: a prime minister, a chancellor or a minister leads or
 * serves a state, its government and its party, never a firm, a lobby or a town the sentence also
 * names. "President", "Chairman", "Governor" or a bare "Secretary" head companies and clubs as well.
 */
export const GOVERNMENT_TITLES: ReadonlySet<string> = new Set([
  ...[...HOME_GOVERNMENT_TITLES].filter((title) => title !== "Secretary"),
  "Chancellor",
  "King",
  "Queen",
  "Emperor",
  "Sultan",
  "Emir",
  "Supreme Leader",
  "Taoiseach",
  "First Minister",
  "Secretary of State",
  "Treasury Secretary",
  "Chancellor of the Exchequer",
  "National Security Adviser",
]);

/**
 * Titles whose office depends on the country (gazetteer key) a story's bare title belongs to:
 * Britain's "Chancellor Gordon Brown" holds the Treasury, Germany's and Austria's chancellor heads
 * the government. A home title not listed for its country is read as TITLE_ROWS reads it.
 */
export const HOME_TITLE_ROLES: Readonly<Record<string, Readonly<Record<string, TitleRole>>>> = {
  Chancellor: { GBR: "POSITION", DEU: "LEADER", AUT: "LEADER" },
};

/**
 * Countries (gazetteer keys) whose head of state is a monarch, so that no president of theirs is
 * titled bare in their own stories: a British or Japanese story's "President Bush" is American,
 * where a Russian story's "President Putin" leads Russia.
 */
export const PRESIDENTLESS_COUNTRIES: ReadonlySet<string> = new Set([
  // Europe.
  "GBR", "ESP", "NLD", "BEL", "LUX", "SWE", "NOR", "DNK", "MCO", "LIE", "AND", "VAT",
  // Asia and the Middle East.
  "JPN", "THA", "KHM", "MYS", "BRN", "BTN", "SAU", "JOR", "KWT", "QAT", "ARE", "BHR", "OMN",
  // Africa.
  "MAR", "SWZ", "LSO",
  // The Commonwealth realms.
  "AUS", "CAN", "NZL", "JAM", "BHS", "BLZ", "PNG", "SLB", "TUV", "ATG", "GRD", "KNA", "LCA", "VCT",
  "BRB",
]);

/** Words before a title that make it no office held now: "shadow home secretary", "a prime minister Gordon Brown". */
export const NOT_HELD_TITLE_LEADS: ReadonlySet<string> = new Set([
  "shadow",
  "a",
  "an",
  "future",
  "would-be",
  "former",
  "ex",
  "then",
  "late",
]);
