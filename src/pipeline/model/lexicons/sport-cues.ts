/**
 * Words that mark a sports story and the words around a team's name in one. A city or a country
 * named in a sports story is often its club or national side ("Hamburg beat Bremen").
 */

/**
 * Lowercase words of match reports and transfer news; a story holding SPORTS_STORY_MIN_CUES
 * different ones is read as sport. Chosen to be rare outside sport ("goal" alone is not enough).
 */
export const SPORT_CUE_WORDS: ReadonlySet<string> = new Set([
  "bundesliga", "league", "striker", "strikers", "midfielder", "midfielders", "defender",
  "defenders", "goalkeeper", "goalkeepers", "goal", "goals", "scored", "scoring", "scorer",
  "coach", "referee", "penalty", "penalties", "relegated", "relegation", "promoted", "squad",
  "kick-off", "pitch", "stadium", "fixture", "fixtures", "football", "soccer", "footballer",
  "playoff", "play-off", "semifinal", "semi-final", "quarterfinal", "quarter-final", "draw",
  "drew", "striker's", "matchday", "season", "champions", "club", "clubs", "teammates",
  "substitute", "tournament", "cup", "match", "matches", "win", "victory", "defeat", "beat",
  // Rugby's team sheets and positions: a club and national-side story need not be football's.
  // (Not athletics' or tennis' words: their athletes stand for no club, whom sport mode reads.)
  "rugby", "scrum", "scrum-half", "fly-half", "flanker", "lineout", "winger", "premiership",
  "caps",
  // "QPR keeper Chris Day": football's short word for its goalkeeper.
  "keeper", "keepers",
  // A match report's moments and positions, which no BBC story outside sport writes: a report
  // holding only three of the words above ("goalkeeper", "draw", "defeat") is still one.
  "equaliser", "equalizer", "equalised", "injury-time", "offside", "free-kick", "free-kicks",
  "header", "headers", "touchline", "sending-off", "goalless", "midfield", "full-back",
  "full-backs", "hooker", "skipper", "internationals",
]);

/**
 * Cue words politics and business use as often ("an election victory", "the fraud squad", "win
 * a vote"): a story needs at least one other cue word to be read as sport.
 */
export const CONTEST_CUE_WORDS: ReadonlySet<string> = new Set([
  "win", "victory", "defeat", "beat", "draw", "squad", "goal", "season", "coach",
]);

/** How many different cue words make a story a sports story. */
export const SPORTS_STORY_MIN_CUES = 4;

/**
 * Lowercase words of film, music and stage stories. An awards night "scored" a hat-trick and
 * "beat" its rivals, a singer watched a "Cup match": a story using these more often than sport
 * cue words is an arts story that borrows sport's words, not a sports story.
 */
export const ARTS_CUE_WORDS: ReadonlySet<string> = new Set([
  "album", "albums", "film", "films", "movie", "movies", "actor", "actors", "actress",
  "actresses", "singer", "singers", "band", "bands", "song", "songs", "chart", "charts", "music",
  "musical", "oscar", "oscars", "bafta", "baftas", "nominated", "nomination", "nominations",
  "comedy", "drama", "theatre", "concert", "concerts", "box-office",
]);

/**
 * Lowercase words right before a city that read it as the place, not the club, even in a sports
 * story: "the final in Berlin", "born near Munich". ("at Hamburg" is where a player plays: the club.)
 */
export const PLACE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in", "near", "outside", "around", "across", "throughout", "born", "of",
]);

/**
 * Words of travel before "to" that make the city after it the place: "the trip to London", "we
 * flew to Dublin". Not metonymy-cues' MOTION_WORDS: in sport "went to Hamburg",
 * "moved to Hamburg", "returned to Hamburg" are the club's.
 */
export const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  "trip", "trips", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "journey",
  "flew", "fly", "flies", "flying", "flight", "visit",
]);

/** Words right before a country that make it its national side in a sports story: "lost to Peru", "against Peru". */
export const TEAM_LEAD_WORDS: ReadonlySet<string> = new Set([
  "against", "versus", "vs", "vs.", "beat", "beating", "beats", "defeated", "defeating", "host", "hosts",
  "face", "faced", "facing", "eliminated", "eliminating",
]);

/**
 * Gazetteer keys of the home nations, places of the United Kingdom that field their own national
 * sides ("Wales beat Scotland"): read as a side by the same cues as a country, never as a country.
 */
export const HOME_NATION_KEYS: ReadonlySet<string> = new Set([
  "place:england", "place:scotland", "place:wales", "place:northern-ireland",
]);

/** Verbs before "for"/"to" that make the country after it a side: "played for Peru", "lost to Peru". */
export const TEAM_VERB_WORDS: ReadonlySet<string> = new Set([
  "play", "plays", "played", "playing", "lost", "lose", "loses", "losing", "scored", "capped",
]);

/** Result nouns before "over" that make the country after it a side: "the win over Peru". */
export const TEAM_RESULT_NOUNS: ReadonlySet<string> = new Set([
  "win", "wins", "victory", "victories", "triumph",
]);

/** Words right after a country that make it a side: "Peru beat Chile", "Peru drew 1-1". */
export const TEAM_TAIL_WORDS: ReadonlySet<string> = new Set([
  "beat", "beats", "drew", "draw", "lost", "defeated", "thrashed", "routed", "edged", "qualified",
  "face", "faces", "eliminated", "advanced", "won",
]);

/** Verbs of a match result between two sides: "Lyon beat Marseille 2-1", "Lyon lost to Nice 0-2". */
export const MATCH_RESULT_VERBS: ReadonlySet<string> = new Set([
  "beat", "beats", "drew", "draw", "lost", "defeated", "thrashed", "routed", "edged", "held",
  "hammered", "overcame", "edge", "thrash", "rout",
]);

/** Prepositions between a result verb and the other side: "lost to", "drew with". */
export const MATCH_RESULT_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "with", "against"]);

/**
 * Words before a listed club's one-word name that place it as a side a player moves between or
 * plays for: "a move from Kelbrook", "signed for Kelbrook", "a regular at Kelbrook", "joined
 * Kelbrook", "behind leaders Kelbrook" (with TEAM_LEAD_WORDS: "against Kelbrook", "beat Kelbrook").
 */
export const CLUB_MOVE_WORDS: ReadonlySet<string> = new Set([
  "from", "for", "at", "joined", "join", "joins", "joining", "left", "leaving", "rejoined",
  // A side's standing in a table or a match: "behind leaders Kelbrook", "title rivals Kelbrook".
  "leaders", "rivals", "holders", "hosts", "visitors", "opponents",
]);

/** A club's own letters ending its name, which no person's name ends with: "Kelbrook RFC", "Harwick AFC". */
export const CLUB_NAME_SUFFIXES: ReadonlySet<string> = new Set(["FC", "AFC", "RFC", "RLFC"]);

/** Nouns a country's possessive takes when it is the side: "Germany's players", "Peru's coach". */
export const SIDE_NOUNS: ReadonlySet<string> = new Set([
  "team", "squad", "side", "players", "player", "coach", "captain", "goalkeeper", "striker",
  "defence", "defense", "midfield", "attack", "fans", "supporters", "eleven", "XI",
]);

/** Words of rugby and football, sports of sides: two of them let more cues read a country as its side. */
export const TEAM_SPORT_WORDS: ReadonlySet<string> = new Set([
  "rugby", "scrum", "scrum-half", "fly-half", "flanker", "lineout", "try", "tries", "football",
  "soccer", "footballer", "striker", "midfielder", "defender", "goalkeeper", "goal", "goals",
]);

/**
 * Words right before a country that make it a side in a fixture or a meeting: "Scotland v
 * England", "play Ireland", "will meet Italy" (with TEAM_LEAD_WORDS).
 */
export const FIXTURE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "v", "v.", "vs", "play", "plays", "played", "playing", "beaten", "meet", "meets",
]);

/**
 * Pairs of a result or meeting word and the preposition before a country that make it a side:
 * "were beaten by Samoa", "the defeat to Wales", "Saturday's clash with Wales", "take on Scotland".
 */
export const SIDE_PHRASE_LEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["by", new Set(["beaten", "defeated", "defeat", "defeats", "thrashed", "hammered", "edged"])],
  ["to", new Set(["defeat", "defeats", "loss", "losses"])],
  ["with", new Set(["clash", "clashes", "match", "encounter", "showdown", "meeting"])],
  ["on", new Set(["take", "takes", "taking", "took"])],
]);

/** Results after an auxiliary that make the country before it a side: "Scotland were beaten", "Wales have won". */
export const SIDE_RESULT_AFTER_AUXILIARY: ReadonlySet<string> = new Set([
  "beaten", "defeated", "thrashed", "hammered", "edged", "won", "lost", "drawn",
]);

/**
 * Nouns after a country, possessive or not, that make it the side: "England's Six Nations
 * opener" (the noun after the competition's name is read too), "the Ireland side", "the Wales
 * coach said", "Scotland's defeat". Not a player's position ("France defender"): that reads as
 * the player's nationality as well.
 */
export const NATIONAL_SIDE_NOUNS: ReadonlySet<string> = new Set([
  "team", "squad", "side", "XV", "coach", "manager", "boss", "captain", "skipper", "management",
  "opener", "campaign", "defeat", "victory", "win", "game", "match", "clash", "pack", "forwards",
]);

/** Short forms of club-name words in score headlines: "Dundee Utd 4-1 Aberdeen", "Man City 0-2 Man Utd". */
export const HEADLINE_CLUB_WORDS: ReadonlyMap<string, string> = new Map([
  ["Utd", "United"],
  ["Man", "Manchester"],
]);

/**
 * Competitions whose names carry no head noun the nominal patterns read ("Bundesliga", "Serie
 * A"): [key slug, canonical, other names separated by "|"]. Typed EVENT, as the World Cup is.
 */
export const COMPETITION_ROWS: readonly (readonly [string, string, string?])[] = [
  ["bundesliga", "Bundesliga", "1. Bundesliga|Fußball-Bundesliga"],
  ["2-bundesliga", "2. Bundesliga", "Zweite Bundesliga|2nd Bundesliga"],
  ["dfb-pokal", "DFB-Pokal", "DFB Pokal|DFB Cup|German Cup"],
  ["premier-league", "Premier League", "English Premier League|EPL"],
  ["la-liga", "La Liga", "Primera División|Primera Division"],
  ["serie-a", "Serie A"],
  ["ligue-1", "Ligue 1"],
  ["eredivisie", "Eredivisie"],
  ["champions-league", "Champions League", "UEFA Champions League"],
  ["europa-league", "Europa League", "UEFA Europa League|UEFA Cup"],
  ["rugby-world-cup", "Rugby World Cup"],
  // Tennis's Grand Slams and the British cups: "Australian Open champion X", "won the FA Cup".
  ["australian-open", "Australian Open"],
  ["french-open", "French Open", "Roland Garros"],
  ["us-open", "US Open"],
  ["six-nations", "Six Nations", "RBS Six Nations|Six Nations Championship"],
  ["fa-cup", "FA Cup"],
  ["league-cup", "League Cup", "Carling Cup"],
  ["heineken-cup", "Heineken Cup"],
  ["davis-cup", "Davis Cup"],
];

/**
 * A country's top football league, which a sports story names by its demonym ("the German
 * league" is the Bundesliga, "the Spanish league" La Liga): country key → competition slug.
 */
export const NATIONAL_LEAGUES: ReadonlyMap<string, string> = new Map([
  ["DEU", "bundesliga"],
  ["ESP", "la-liga"],
  ["ITA", "serie-a"],
  ["FRA", "ligue-1"],
  ["NLD", "eredivisie"],
]);

/** "Euro 2016", "Euro 2024": the European Championship of a year. */
export const EURO_CHAMPIONSHIP_RE = /^Euro (\d{4})$/;

/**
 * Words only rugby uses; a story holding two different ones is a rugby story, where a bare town
 * ("Leicester", "Newcastle") is the town's rugby club, never the football club of the club table.
 * Not "try" or "lock": "try to", "lock out". "Six Nations" is read as the one word "six-nations".
 */
export const RUGBY_CUE_WORDS: ReadonlySet<string> = new Set([
  "rugby", "scrum", "scrum-half", "fly-half", "flanker", "hooker", "lineout", "line-out",
  "sin-bin", "tries", "try-scorer", "try-scorers", "number-eight", "half-back", "conversion",
  "conversions", "prop", "props", "heineken", "six-nations",
]);

/** Words between a sentence's subject and such a result that open another clause or make it unreal. */
export const RESULT_CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "who",
  ",",
  ";",
  ":",
  '"',
  "said",
  "says",
  "but",
  "and",
  "or",
  "when",
  "while",
  "which",
  "that",
  "if",
  "unless",
  "because",
  "than",
  "would",
  "could",
  "will",
  "may",
  "might",
  "must",
  "should",
  "need",
  "needs",
  "hope",
  "hopes",
  "want",
  "wants",
  "not",
  "no",
  "never",
]);

/** Words between a manager and "his Wales side" that open another clause or another subject. */
export const OWN_SIDE_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  '"',
  "and",
  "but",
  "or",
  "who",
  "which",
  "that",
  "when",
  "while",
  "as",
  "if",
  "he",
  "she",
  "they",
]);

/**
 * Words right before such a result that make it the means or the cause of what the subject did:
 * "reached the final with a win over", "went top after a victory over", "on the back of a win
 * over", "stayed top following a win over", "by recording a win over". Not "for" or "need" (a hope).
 */
export const RESULT_MEANS_WORDS: ReadonlySet<string> = new Set([
  "with",
  "after",
  "following",
  "recording",
  "securing",
  "claiming",
  "grinding",
  "out",
]);

/** Determiners that make a result another's, or one talked about: "his win over", "the win over". */
export const OTHER_RESULT_DETERMINERS: ReadonlySet<string> = new Set([
  "his",
  "her",
  "my",
  "our",
  "your",
  "the",
  "this",
  "that",
]);

/** Nouns of one match or stage either reading takes: "defeat", "clash", "final". */
const MATCH_AND_FIXTURE_NOUNS: readonly string[] = [
  "win",
  "victory",
  "defeat",
  "loss",
  "draw",
  "tie",
  "clash",
  "match",
  "game",
  "encounter",
  "exit",
  "opener",
  "final",
  "semi-final",
  "quarter-final",
  "replay",
  "triumph",
];

/** Nouns of a side's match or run in a competition: "Chelsea's Champions League defeat", "England's Six Nations opener". */
export const MATCH_NOUNS: ReadonlySet<string> = new Set([
  ...MATCH_AND_FIXTURE_NOUNS,
  "campaign",
  "run",
  "success",
  "debut",
]);

/** Words that link phrases, not describe a match: "France's squad for the Six Nations match" names the squad's. */
export const MATCH_EVENT_LINK_WORDS: ReadonlySet<string> = new Set([
  "for",
  "the",
  "of",
  "in",
  "at",
  "to",
  "with",
  "and",
  "a",
]);

/** Nouns of one match a competition's name may qualify: "the Champions League clash with X", "the Six Nations defeat by X". */
export const FIXTURE_NOUNS: ReadonlySet<string> = new Set([
  ...MATCH_AND_FIXTURE_NOUNS,
  "contest",
  "meeting",
  "showdown",
  "fixture",
  "decider",
  "semi-finals",
  "quarter-finals",
]);

/** Words after such a noun that name the other side: "tie against X", "clash with X", "win over X", "defeat by X". */
export const FIXTURE_LINKS: ReadonlySet<string> = new Set([
  "against",
  "with",
  "between",
  "over",
  "to",
  "by",
  "v",
  "vs",
  "versus",
]);

/** Verbs and prepositions whose object is the other side of a fixture: "England play Italy in the Six Nations", "a return against Barcelona in the Champions League". */
export const FIXTURE_VERBS: ReadonlySet<string> = new Set([
  "play",
  "plays",
  "played",
  "face",
  "faces",
  "faced",
  "facing",
  "meet",
  "meets",
  "met",
  "host",
  "hosts",
  "hosted",
  "against",
  "v",
  "vs",
  "versus",
]);

/**
 * Words after which a coach's or a captain's role stands bare, its side left to the sentence:
 * verbs of saying and thinking, conjunctions and prepositions ("were indebted to skipper X", "as
 * captain X had his back to the play", "believes coach X must recall Y"); never a describing word
 * ("former", "assistant", "fitness") that may make the role another's.
 */
export const BARE_ROLE_PRECEDERS: ReadonlySet<string> = new Set([
  "said", "says", "added", "admitted", "admits", "believes", "insisted", "insists", "told",
  "warned", "praised", "backed", "hailed", "and", "but", "as", "when", "while", "after", "since",
  "to", "by", "with", "for", "from", "under", "that", "including",
]);

/**
 * Verbs of entering an event, stated as done or as a confirmed entry: "X will compete in the 60m
 * at the Grand Prix", "X competed at the Olympics", "she will take part in the Grand Prix" (with
 * "part"), "X is racing at the European Indoor Championships".
 */
export const ENTRY_VERBS: ReadonlySet<string> = new Set([
  "compete", "competes", "competed", "competing", "race", "races", "raced", "racing", "run",
  "runs", "ran", "running", "participate", "participates", "participated", "participating",
  "part",
]);
/** The verbs "part" follows in "take part in": "will take part in", "took part in". */
export const TAKE_PART_VERBS: ReadonlySet<string> = new Set(["take", "takes", "took", "taking"]);
