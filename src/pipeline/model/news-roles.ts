/** Word lists the sport and business patterns read: roles people hold at clubs and companies, and the verbs of matches and deals. */
import type { RelationType } from "../../domain/vocabulary.js";

/** A role noun (last word of the role phrase) → the relation it states between its person and organisation. */
export const ROLE_RELATIONS: Readonly<Record<string, RelationType>> = {
  // "Chelsea striker Didier Drogba"
  striker: "PLAYS_FOR",
  midfielder: "PLAYS_FOR",
  defender: "PLAYS_FOR",
  goalkeeper: "PLAYS_FOR",
  keeper: "PLAYS_FOR",
  winger: "PLAYS_FOR",
  forward: "PLAYS_FOR",
  "full-back": "PLAYS_FOR",
  "centre-back": "PLAYS_FOR",
  captain: "PLAYS_FOR",
  skipper: "PLAYS_FOR",
  "fly-half": "PLAYS_FOR",
  "scrum-half": "PLAYS_FOR",
  flanker: "PLAYS_FOR",
  prop: "PLAYS_FOR",
  // "Leicester tight-head Julian White": a prop by the side of the scrum he packs down on.
  "tight-head": "PLAYS_FOR",
  "loose-head": "PLAYS_FOR",
  hooker: "PLAYS_FOR",
  lock: "PLAYS_FOR",
  batsman: "PLAYS_FOR",
  bowler: "PLAYS_FOR",
  playmaker: "PLAYS_FOR",
  // "Wales centre Gavin Henson", "Chelsea team-mate Joe Cole".
  centre: "PLAYS_FOR",
  wing: "PLAYS_FOR",
  "team-mate": "PLAYS_FOR",
  // "Scotland international Finlay Calder": a player capped by the side.
  international: "PLAYS_FOR",
  // "Arsenal manager Arsene Wenger"
  manager: "COACHES",
  coach: "COACHES",
  "head coach": "COACHES",
  // A firm's managers manage people and products, not a side: "Nintendo Europe's general manager".
  "general manager": "WORKS_FOR",
  "marketing manager": "WORKS_FOR",
  "sales manager": "WORKS_FOR",
  "product manager": "WORKS_FOR",
  "country manager": "WORKS_FOR",
  "project manager": "WORKS_FOR",
  "programme manager": "WORKS_FOR",
  "fund manager": "WORKS_FOR",
  "portfolio manager": "WORKS_FOR",
  "investment manager": "WORKS_FOR",
  // "BA chief executive Rod Eddington", "SPD leader Franz Müntefering": who heads it.
  "chief executive": "LEADER_OF",
  // "Acme's CEO, Jo Bell": the chief executive by its initials.
  ceo: "LEADER_OF",
  "managing director": "LEADER_OF",
  "executive director": "LEADER_OF",
  "general secretary": "LEADER_OF",
  "secretary general": "LEADER_OF",
  "secretary-general": "LEADER_OF",
  // "Jo Bell, CBI director general,", "Jo Bell, chief constable of Kent Police": who heads it.
  "director general": "LEADER_OF",
  "director-general": "LEADER_OF",
  "chief constable": "LEADER_OF",
  chairman: "LEADER_OF",
  chairwoman: "LEADER_OF",
  // "Tory co-chairman Liam Fox": one of two who chair it, not its leader.
  "co-chairman": "WORKS_FOR",
  chair: "LEADER_OF",
  leader: "LEADER_OF",
  // "Green Party co-leader Cem Özdemir": one of two leaders is a leader.
  "co-leader": "LEADER_OF",
  boss: "LEADER_OF",
  chief: "LEADER_OF",
  head: "LEADER_OF",
  president: "LEADER_OF",
  "executive officer": "LEADER_OF",
  // "Kraft senior vice president": one of many, not the head.
  "vice president": "WORKS_FOR",
  // "a spokesman for the Treasury", "Parul Jain, an economist at Nomura": who works there.
  executive: "WORKS_FOR",
  director: "WORKS_FOR",
  spokesman: "WORKS_FOR",
  spokeswoman: "WORKS_FOR",
  spokesperson: "WORKS_FOR",
  analyst: "WORKS_FOR",
  economist: "WORKS_FOR",
  strategist: "WORKS_FOR",
  editor: "WORKS_FOR",
  "vice-president": "WORKS_FOR",
  adviser: "WORKS_FOR",
  advisor: "WORKS_FOR",
  official: "WORKS_FOR",
  officer: "WORKS_FOR",
  partner: "WORKS_FOR",
  // "BBC business correspondent Robert Peston", "Bank of England governor Mervyn King".
  correspondent: "WORKS_FOR",
  reporter: "WORKS_FOR",
  presenter: "WORKS_FOR",
  columnist: "WORKS_FOR",
  controller: "WORKS_FOR",
  professor: "WORKS_FOR",
  researcher: "WORKS_FOR",
  lawyer: "WORKS_FOR",
  pundit: "WORKS_FOR",
  journalist: "WORKS_FOR",
  governor: "LEADER_OF",
  founder: "FOUNDED",
  "co-founder": "FOUNDED",
};

/** Words that make a head's role a deputy's: "deputy governor", "assistant chief constable". */
export const DEPUTY_MODIFIERS: ReadonlySet<string> = new Set(["deputy", "vice", "assistant"]);

/** A brief that makes a head the head of one area only: "EU foreign policy chief" works for the EU. */
export const BRIEF_MODIFIERS: ReadonlySet<string> = new Set([
  "affairs",
  "home",
  "foreign",
  "campaign",
  "education",
  "transport",
  "environment",
  "defence",
  "treasury",
]);

/** Words for a group of people written between a demonym and their names: "American twins Mike and Bob Zorn". */
export const PEOPLE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  "twins",
  "brothers",
  "sisters",
  "pair",
  "duo",
  "couple",
]);

/** Words that may stand in a role phrase before its head ("deputy chief economist", "assistant manager"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "chief",
  "deputy",
  "senior",
  "assistant",
  "managing",
  "executive",
  "finance",
  "financial",
  "operating",
  "technical",
  "commercial",
  "general",
  "former",
  "new",
  "acting",
  "interim",
  "team",
  "club",
  "vice",
  "joint",
  "auto",
  "oil",
  "market",
  "markets",
  "research",
  "investment",
  "currency",
  "equity",
  "international",
  // "PwC's global chief executive, Samuel DiPiazza": the head of the whole worldwide firm.
  "global",
  "european",
  "regional",
  "national",
  "marketing",
  "sales",
  "press",
  "policy",
  "legal",
  "head",
  "secretary",
  // A correspondent's or editor's beat: "business correspondent", "political editor".
  "business",
  "political",
  "economics",
  "technology",
  "arts",
  "entertainment",
  "showbusiness",
  "sports",
  "science",
  "health",
  "world",
  // A spokesman's brief: "Lib Dem home affairs spokesman", "Tory campaign spokesman".
  ...BRIEF_MODIFIERS,
]);

/** Sport positions that are common nouns elsewhere ("the centre of Europe"): roles only in a sports story. */
export const SPORT_ONLY_ROLES: ReadonlySet<string> = new Set(["centre", "wing"]);

/**
 * Nouns a sports story gives a side's player by before his name ("Barcelona star Ronaldinho",
 * "England player Simon Amor"), kept out of ROLE_RELATIONS: elsewhere a star is a performer's and
 * a player a firm's ("Westlife star X", "industry player Y"), and the relation model's features
 * read that table as it was trained.
 */
export const SPORT_PLAYER_NOUNS: ReadonlySet<string> = new Set(["star", "player"]);

/** Match verbs: "Chelsea beat Arsenal 2-1". */
export const DEFEAT_VERBS: ReadonlySet<string> = new Set([
  "beat",
  "beats",
  "defeated",
  "defeats",
  "thrashed",
  "hammered",
  "crushed",
  "routed",
  "edged",
  "overcame",
  "outclassed",
  "stunned",
  "knocked",
  "eliminated",
  "ousted",
  "dethroned",
  "upset",
  "downed",
]);

/**
 * Match verbs read only as an infinitive, right after "to": "fought back to defeat X 4-6 7-6 6-4".
 * Elsewhere "defeat" is the noun ("a defeat to X", "slumped to defeat against Y", whose loser a
 * preposition stops).
 */
export const DEFEAT_INFINITIVES: ReadonlySet<string> = new Set([
  "defeat",
  "overcome",
  "thrash",
  "outclass",
  "eliminate",
  "dethrone",
]);

/** Verbs of a result achieved at an event: "won gold at", "came fifth in the 5,000m at", "finished seventh in". */
export const RESULT_VERBS: ReadonlySet<string> = new Set([
  "won",
  "claimed",
  "finished",
  "came",
  "secured",
  "clinched",
  "took",
  "clocked",
  "triumphed",
]);

/** Participles of winning, read only with a score after the loser: "…, beating Italian Potito Starace 6-1 6-3". */
export const DEFEAT_GERUNDS: ReadonlySet<string> = new Set([
  "beating",
  "defeating",
  "thrashing",
  "overcoming",
  "ousting",
  "edging",
]);

/** Deal verbs: "Verizon bought MCI"; future and bids are not acquisitions. */
export const ACQUIRE_VERBS: ReadonlySet<string> = new Set([
  "bought",
  "acquired",
  "purchased",
  "buys",
  "acquires",
  "absorbed",
]);

/** Base forms of acquiring, read only after "agreed to" ("SBC has agreed to buy AT&T"). */
export const AGREED_ACQUIRE_VERBS: ReadonlySet<string> = new Set(["buy", "acquire", "purchase"]);

/** "X took over Y": the two-word form of acquiring. */
export const TAKEOVER_PHRASES: ReadonlySet<string> = new Set(["took over", "snapped up", "taken over"]);

/** Founding verbs: "Bill Gates founded Microsoft". */
export const FOUND_VERBS: ReadonlySet<string> = new Set([
  "founded",
  "co-founded",
  "established",
]);

/**
 * Offices a politician holds for a party ("Tory shadow chancellor", "Labour backbencher"): the
 * holder is a member of the party, not its leader.
 */
export const PARTY_OFFICES: ReadonlySet<string> = new Set([
  "chancellor",
  "secretary",
  "minister",
  "candidate",
  "backbencher",
  "frontbencher",
  "peer",
  "councillor",
  "whip",
  "mp",
  "mep",
  "msp",
  "mla",
  "senator",
  "congressman",
  "congresswoman",
]);

/** Words before an office that keep it an office of the party: "shadow home secretary". */
export const PARTY_OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  "shadow",
  "former",
  "deputy",
  "junior",
  "home",
  "foreign",
  "health",
  "education",
  "culture",
  "trade",
  "work",
  "party",
  "senior",
  "veteran",
  "local",
]);

/** Party names as written: "Tory", "Labour", "the Lib Dems", "Democratic Party". */
export const PARTY_SURFACE =
  /\b(party|tory|tories|labour|conservatives?|lib dems?|liberal democrats?|democrats?|republicans?|greens?|ukip|snp|plaid cymru)\b/i;

/**
 * Roles a business story gives a person of the firm it is about without naming the firm again:
 * "said chief executive Tom Glocer", "company spokesman Gus Whitcomb". "President" is left out (a
 * state's head as often as a firm's), and so are a club's "boss" and "manager".
 */
export const FIRM_ROLES: Readonly<Record<string, RelationType>> = {
  "chief executive": "LEADER_OF",
  "managing director": "LEADER_OF",
  chairman: "LEADER_OF",
  chairwoman: "LEADER_OF",
  "chief operating officer": "WORKS_FOR",
  "chief financial officer": "WORKS_FOR",
  "finance director": "WORKS_FOR",
  // A firm's officer ranks; a bare "vice president" may be a state's.
  "senior vice president": "WORKS_FOR",
  "executive vice president": "WORKS_FOR",
  spokesman: "WORKS_FOR",
  spokeswoman: "WORKS_FOR",
  spokesperson: "WORKS_FOR",
};

/**
 * Roles a sports story gives a person of the club it is about without naming the club again:
 * "said manager David Moyes", "boss Rafa Benitez's plans". A coach of another side is named with
 * it ("Bolton boss Sam Allardyce"), which the rule leaves to the side named.
 */
export const SIDE_ROLES: Readonly<Record<string, RelationType>> = {
  manager: "COACHES",
  boss: "COACHES",
  coach: "COACHES",
  "head coach": "COACHES",
};

/** Words that may open such a role: "the firm's new chief executive", "company spokesman". */
export const FIRM_ROLE_LEADS: ReadonlySet<string> = new Set([
  "the",
  "its",
  "their",
  "new",
  "acting",
  "interim",
  "company",
  "firm",
  "group",
  "bank",
  "club",
  "'s",
]);
