/**
 * Football clubs with the short forms news copy uses for them: the top divisions of Germany (the
 * DW and BBC corpora's home leagues) and the clubs of other leagues that make international news.
 *
 * - `names` are full names and unambiguous short forms ("Bayern", "HSV", "Atleti"); a name of
 *   two or more words is read as the club anywhere, a one-word name only in a sports story.
 * - `city` is the city whose bare name stands for the club in a sports story ("Hamburg beat
 *   Bremen"); left out where a city has two clubs of note (Berlin, Madrid, Milan, Manchester).
 *   A club named after its district ("Fulham", "Crystal Palace") takes it as its city, so the
 *   bare name is read as the club only where a city's would be ("indoors in Fulham" is the place).
 * - `country` is the country key (ISO 3166 alpha-3) of the league the club plays in: England's
 *   and Scotland's clubs are the United Kingdom's ("GBR"), as the gazetteer has no English state.
 * - `nicknames` are the short names and nicknames English news copy uses for the club ("Villa",
 *   "Gunners", "Pompey", "Blues") that are also common words, places or people's names, or that
 *   several clubs share ("Blues", "United"): one reads as the club only in a sports story that
 *   also names the club by another name, and only when it names no other club of that nickname.
 */

/** One club: stable key, canonical name, other names, its country and the city that stands for it. */
export interface ClubSeed {
  key: string;
  canonical: string;
  names: readonly string[];
  country: string;
  city?: string;
  nicknames: readonly string[];
}

/** [key slug, canonical, other names separated by "|", country key, city, nicknames separated by "|"]. */
export type ClubRow = readonly [string, string, string, string, string?, string?];

const ROWS: readonly ClubRow[] = [
  // Germany
  ["bayern-munich", "Bayern Munich", "FC Bayern Munich|FC Bayern|Bayern München|FC Bayern München|Bayern", "DEU", "Munich"],
  ["borussia-dortmund", "Borussia Dortmund", "BVB|Borussia Dortmund 09", "DEU", "Dortmund"],
  ["hamburger-sv", "Hamburger SV", "Hamburg SV|HSV", "DEU", "Hamburg"],
  ["werder-bremen", "Werder Bremen", "SV Werder Bremen|Werder", "DEU", "Bremen"],
  ["schalke-04", "Schalke 04", "FC Schalke 04|Schalke", "DEU", "Gelsenkirchen"],
  ["bayer-leverkusen", "Bayer Leverkusen", "Bayer 04 Leverkusen", "DEU", "Leverkusen", "Bayer"],
  ["vfb-stuttgart", "VfB Stuttgart", "", "DEU", "Stuttgart"],
  ["borussia-monchengladbach", "Borussia Mönchengladbach", "Borussia Moenchengladbach|Gladbach|Borussia M'gladbach", "DEU", "Mönchengladbach"],
  ["vfl-wolfsburg", "VfL Wolfsburg", "", "DEU", "Wolfsburg"],
  ["eintracht-frankfurt", "Eintracht Frankfurt", "", "DEU", "Frankfurt"],
  ["hertha-bsc", "Hertha Berlin", "Hertha BSC|Hertha BSC Berlin|Hertha", "DEU"],
  ["union-berlin", "Union Berlin", "1. FC Union Berlin|FC Union Berlin", "DEU"],
  ["fc-koln", "FC Cologne", "1. FC Köln|1. FC Koeln|FC Köln|1. FC Cologne", "DEU", "Cologne"],
  ["sc-freiburg", "SC Freiburg", "Sport-Club Freiburg", "DEU", "Freiburg"],
  ["fc-augsburg", "FC Augsburg", "", "DEU", "Augsburg"],
  ["tsg-hoffenheim", "Hoffenheim", "TSG Hoffenheim|1899 Hoffenheim|TSG 1899 Hoffenheim", "DEU", "Hoffenheim"],
  ["hannover-96", "Hannover 96", "Hanover 96", "DEU", "Hanover"],
  ["fc-nurnberg", "1. FC Nürnberg", "FC Nürnberg|1. FC Nuremberg|FC Nuremberg", "DEU", "Nuremberg"],
  ["mainz-05", "Mainz 05", "FSV Mainz 05|1. FSV Mainz 05", "DEU", "Mainz"],
  ["fc-kaiserslautern", "1. FC Kaiserslautern", "FC Kaiserslautern", "DEU", "Kaiserslautern"],
  ["rb-leipzig", "RB Leipzig", "Red Bull Leipzig|RasenBallsport Leipzig", "DEU", "Leipzig"],
  ["karlsruher-sc", "Karlsruher SC", "KSC", "DEU", "Karlsruhe"],
  ["arminia-bielefeld", "Arminia Bielefeld", "DSC Arminia Bielefeld|Arminia", "DEU", "Bielefeld"],
  ["sc-paderborn", "SC Paderborn 07", "SC Paderborn|Paderborn 07", "DEU", "Paderborn"],
  ["fc-st-pauli", "FC St. Pauli", "St. Pauli|St Pauli|FC St Pauli", "DEU"],
  ["fortuna-dusseldorf", "Fortuna Düsseldorf", "Fortuna Duesseldorf", "DEU", "Düsseldorf"],
  ["vfl-bochum", "VfL Bochum", "", "DEU", "Bochum"],
  ["energie-cottbus", "Energie Cottbus", "FC Energie Cottbus", "DEU", "Cottbus"],
  ["dynamo-dresden", "Dynamo Dresden", "SG Dynamo Dresden", "DEU", "Dresden"],
  ["alemannia-aachen", "Alemannia Aachen", "", "DEU", "Aachen"],
  ["jahn-regensburg", "Jahn Regensburg", "SSV Jahn Regensburg", "DEU", "Regensburg"],
  ["spvgg-unterhaching", "SpVgg Unterhaching", "", "DEU", "Unterhaching"],
  ["msv-duisburg", "MSV Duisburg", "", "DEU", "Duisburg"],
  ["fc-ingolstadt", "FC Ingolstadt 04", "FC Ingolstadt", "DEU", "Ingolstadt"],
  ["darmstadt-98", "Darmstadt 98", "SV Darmstadt 98", "DEU", "Darmstadt"],
  ["greuther-furth", "Greuther Fürth", "SpVgg Greuther Fürth|SpVgg Greuther Fuerth", "DEU", "Fürth"],
  ["eintracht-braunschweig", "Eintracht Braunschweig", "", "DEU", "Braunschweig"],
  ["hansa-rostock", "Hansa Rostock", "FC Hansa Rostock", "DEU", "Rostock"],
  ["1860-munich", "1860 Munich", "TSV 1860 Munich|TSV 1860 München|1860 München", "DEU"],
  ["vfl-osnabruck", "VfL Osnabrück", "", "DEU", "Osnabrück"],
  // England
  ["manchester-united", "Manchester United", "Man United|Man Utd|Manchester Utd", "GBR", undefined, "United|Red Devils|Reds|Man U"],
  ["manchester-city", "Manchester City", "Man City", "GBR", undefined, "City|Blues"],
  ["liverpool-fc", "Liverpool FC", "Liverpool F.C.", "GBR", "Liverpool", "Reds"],
  ["chelsea-fc", "Chelsea", "Chelsea FC|Chelsea F.C.", "GBR", undefined, "Blues"],
  ["arsenal-fc", "Arsenal", "Arsenal FC|Arsenal F.C.", "GBR", undefined, "Gunners"],
  ["tottenham-hotspur", "Tottenham Hotspur", "Tottenham|Spurs", "GBR", undefined, "Lilywhites"],
  ["everton-fc", "Everton", "Everton FC", "GBR", undefined, "Toffees|Blues"],
  ["newcastle-united", "Newcastle United", "", "GBR", "Newcastle", "Magpies|Toon|United"],
  ["aston-villa", "Aston Villa", "", "GBR", undefined, "Villa|Villans"],
  ["west-ham-united", "West Ham United", "West Ham", "GBR", undefined, "Hammers|Irons|United"],
  ["leeds-united", "Leeds United", "", "GBR", "Leeds", "United"],
  ["birmingham-city", "Birmingham City", "", "GBR", "Birmingham", "Blues|City"],
  ["blackburn-rovers", "Blackburn Rovers", "", "GBR", "Blackburn", "Rovers"],
  ["bolton-wanderers", "Bolton Wanderers", "", "GBR", "Bolton", "Trotters|Wanderers"],
  ["charlton-athletic", "Charlton Athletic", "", "GBR", "Charlton", "Addicks"],
  ["crystal-palace", "Crystal Palace FC", "", "GBR", "Crystal Palace", "Palace|Eagles"],
  ["fulham-fc", "Fulham FC", "", "GBR", "Fulham", "Cottagers"],
  ["middlesbrough-fc", "Middlesbrough FC", "", "GBR", "Middlesbrough", "Boro"],
  ["norwich-city", "Norwich City", "", "GBR", "Norwich", "Canaries|City"],
  ["portsmouth-fc", "Portsmouth FC", "", "GBR", "Portsmouth", "Pompey"],
  ["southampton-fc", "Southampton FC", "", "GBR", "Southampton", "Saints"],
  ["sunderland-afc", "Sunderland AFC", "", "GBR", "Sunderland", "Black Cats"],
  ["west-bromwich-albion", "West Bromwich Albion", "West Brom", "GBR", undefined, "Baggies|Albion"],
  ["wolverhampton-wanderers", "Wolverhampton Wanderers", "", "GBR", "Wolverhampton", "Wolves|Wanderers"],
  ["leicester-city", "Leicester City", "", "GBR", "Leicester", "Foxes|City"],
  // Scotland (Celtic and Rangers below)
  ["aberdeen-fc", "Aberdeen FC", "", "GBR", "Aberdeen", "Dons"],
  ["dundee-united", "Dundee United", "", "GBR", undefined, "United"],
  ["dunfermline-athletic", "Dunfermline Athletic", "", "GBR", "Dunfermline", "Pars"],
  ["heart-of-midlothian", "Heart of Midlothian", "", "GBR", undefined, "Hearts|Jambos"],
  ["hibernian", "Hibernian", "", "GBR", undefined, "Hibs|Hibees"],
  ["inverness-ct", "Inverness Caledonian Thistle", "Inverness CT|Caley Thistle", "GBR", "Inverness", "Caley"],
  ["kilmarnock-fc", "Kilmarnock FC", "", "GBR", "Kilmarnock", "Killie"],
  ["livingston-fc", "Livingston FC", "", "GBR", "Livingston", "Livi"],
  ["motherwell-fc", "Motherwell FC", "", "GBR", "Motherwell", "Steelmen"],
  // Spain
  ["real-madrid", "Real Madrid", "Real Madrid CF", "ESP", undefined, "Real|Los Blancos"],
  ["atletico-madrid", "Atlético Madrid", "Atletico Madrid|Atlético de Madrid|Atletico de Madrid|Atleti", "ESP"],
  ["fc-barcelona", "FC Barcelona", "Barça|Barca", "ESP", "Barcelona", "Blaugrana"],
  ["sevilla-fc", "Sevilla FC", "", "ESP", "Sevilla"],
  ["valencia-cf", "Valencia CF", "", "ESP", "Valencia"],
  // Italy
  ["juventus", "Juventus", "Juventus Turin|Juve", "ITA", "Turin", "Bianconeri"],
  ["ac-milan", "AC Milan", "", "ITA", undefined, "Milan|Rossoneri"],
  ["inter-milan", "Inter Milan", "Internazionale|FC Internazionale|Inter", "ITA", undefined, "Nerazzurri"],
  ["as-roma", "AS Roma", "A.S. Roma", "ITA", undefined, "Roma|Giallorossi"],
  ["ss-lazio", "Lazio", "SS Lazio|Lazio Rome", "ITA"],
  ["ssc-napoli", "Napoli", "SSC Napoli", "ITA", "Naples"],
  ["fiorentina", "Fiorentina", "ACF Fiorentina", "ITA", "Florence", "Viola"],
  // France
  ["paris-saint-germain", "Paris Saint-Germain", "Paris St Germain|Paris St. Germain|PSG", "FRA"],
  ["olympique-marseille", "Olympique Marseille", "Olympique de Marseille", "FRA", "Marseille", "OM"],
  ["olympique-lyonnais", "Olympique Lyonnais", "Olympique Lyon", "FRA", "Lyon"],
  // Elsewhere
  ["ajax", "Ajax Amsterdam", "AFC Ajax|Ajax", "NLD"],
  ["psv-eindhoven", "PSV Eindhoven", "PSV", "NLD", "Eindhoven"],
  ["feyenoord", "Feyenoord", "Feyenoord Rotterdam", "NLD"],
  ["benfica", "Benfica", "SL Benfica|Benfica Lisbon", "PRT"],
  ["fc-porto", "FC Porto", "", "PRT", "Porto"],
  ["sporting-lisbon", "Sporting Lisbon", "Sporting CP", "PRT", undefined, "Sporting"],
  ["celtic", "Celtic", "Celtic Glasgow|Celtic FC", "GBR", undefined, "Bhoys|Hoops"],
  ["rangers", "Rangers", "Glasgow Rangers|Rangers FC", "GBR", undefined, "Gers|Light Blues"],
  ["galatasaray", "Galatasaray", "Galatasaray Istanbul", "TUR"],
  ["fenerbahce", "Fenerbahçe", "Fenerbahce", "TUR"],
  ["besiktas", "Beşiktaş", "Besiktas", "TUR"],
  ["dynamo-kyiv", "Dynamo Kyiv", "Dynamo Kiev|FC Dynamo Kyiv", "UKR"],
  ["shakhtar-donetsk", "Shakhtar Donetsk", "Shakhtar", "UKR"],
  ["spartak-moscow", "Spartak Moscow", "", "RUS"],
  ["cska-moscow", "CSKA Moscow", "", "RUS"],
  ["zenit", "Zenit St. Petersburg", "Zenit Saint Petersburg|Zenit St Petersburg|Zenit", "RUS"],
  ["red-bull-salzburg", "Red Bull Salzburg", "RB Salzburg", "AUT", "Salzburg"],
  ["fc-basel", "FC Basel", "", "CHE", "Basel"],
  ["olympiacos", "Olympiacos", "Olympiakos|Olympiacos Piraeus", "GRC"],
  ["panathinaikos", "Panathinaikos", "", "GRC"],
  ["boca-juniors", "Boca Juniors", "", "ARG"],
  ["river-plate", "River Plate", "", "ARG"],
];

/** Clubs from their table rows, keyed "club:<slug>" (the rugby table reads its rows so too). */
export function clubSeedsOf(rows: readonly ClubRow[]): ClubSeed[] {
  return rows.map(([slug, canonical, names, country, city, nicknames]) => ({
    key: `club:${slug}`,
    canonical,
    names: names ? names.split("|") : [],
    country,
    ...(city ? { city } : {}),
    nicknames: nicknames ? nicknames.split("|") : [],
  }));
}

/** Every listed football club, keyed "club:<slug>". */
export const CLUB_SEEDS: readonly ClubSeed[] = clubSeedsOf(ROWS);
