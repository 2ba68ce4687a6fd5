/**
 * Football clubs with the short forms news copy uses for them: the top divisions of Germany (the
 * DW and BBC corpora's home leagues) and the clubs of other leagues that make international news.
 *
 * - `names` are full names and unambiguous short forms ("Bayern", "HSV", "Atleti"); a name of
 *   two or more words is read as the club anywhere, a one-word name only in a sports story.
 * - `city` is the city whose bare name stands for the club in a sports story ("Hamburg beat
 *   Bremen"); left out where a city has two clubs of note (Berlin, Madrid, Milan, Manchester).
 */

/** One club: stable key, canonical name, other names, and the city that stands for it. */
export interface ClubSeed {
  key: string;
  canonical: string;
  names: readonly string[];
  city?: string;
}

/** [key slug, canonical, other names separated by "|", city]. */
type ClubRow = readonly [string, string, string, string?];

const ROWS: readonly ClubRow[] = [
  // Germany
  ["bayern-munich", "Bayern Munich", "FC Bayern Munich|FC Bayern|Bayern München|FC Bayern München|Bayern", "Munich"],
  ["borussia-dortmund", "Borussia Dortmund", "BVB|Borussia Dortmund 09", "Dortmund"],
  ["hamburger-sv", "Hamburger SV", "Hamburg SV|HSV", "Hamburg"],
  ["werder-bremen", "Werder Bremen", "SV Werder Bremen|Werder", "Bremen"],
  ["schalke-04", "Schalke 04", "FC Schalke 04|Schalke", "Gelsenkirchen"],
  ["bayer-leverkusen", "Bayer Leverkusen", "Bayer 04 Leverkusen", "Leverkusen"],
  ["vfb-stuttgart", "VfB Stuttgart", "", "Stuttgart"],
  ["borussia-monchengladbach", "Borussia Mönchengladbach", "Borussia Moenchengladbach|Gladbach|Borussia M'gladbach", "Mönchengladbach"],
  ["vfl-wolfsburg", "VfL Wolfsburg", "", "Wolfsburg"],
  ["eintracht-frankfurt", "Eintracht Frankfurt", "", "Frankfurt"],
  ["hertha-bsc", "Hertha Berlin", "Hertha BSC|Hertha BSC Berlin|Hertha"],
  ["union-berlin", "Union Berlin", "1. FC Union Berlin|FC Union Berlin"],
  ["fc-koln", "FC Cologne", "1. FC Köln|1. FC Koeln|FC Köln|1. FC Cologne", "Cologne"],
  ["sc-freiburg", "SC Freiburg", "Sport-Club Freiburg", "Freiburg"],
  ["fc-augsburg", "FC Augsburg", "", "Augsburg"],
  ["tsg-hoffenheim", "Hoffenheim", "TSG Hoffenheim|1899 Hoffenheim|TSG 1899 Hoffenheim", "Hoffenheim"],
  ["hannover-96", "Hannover 96", "Hanover 96", "Hanover"],
  ["fc-nurnberg", "1. FC Nürnberg", "FC Nürnberg|1. FC Nuremberg|FC Nuremberg", "Nuremberg"],
  ["mainz-05", "Mainz 05", "FSV Mainz 05|1. FSV Mainz 05", "Mainz"],
  ["fc-kaiserslautern", "1. FC Kaiserslautern", "FC Kaiserslautern", "Kaiserslautern"],
  ["rb-leipzig", "RB Leipzig", "Red Bull Leipzig|RasenBallsport Leipzig", "Leipzig"],
  ["karlsruher-sc", "Karlsruher SC", "KSC", "Karlsruhe"],
  ["arminia-bielefeld", "Arminia Bielefeld", "DSC Arminia Bielefeld|Arminia", "Bielefeld"],
  ["sc-paderborn", "SC Paderborn 07", "SC Paderborn|Paderborn 07", "Paderborn"],
  ["fc-st-pauli", "FC St. Pauli", "St. Pauli|St Pauli|FC St Pauli"],
  ["fortuna-dusseldorf", "Fortuna Düsseldorf", "Fortuna Duesseldorf", "Düsseldorf"],
  ["vfl-bochum", "VfL Bochum", "", "Bochum"],
  ["energie-cottbus", "Energie Cottbus", "FC Energie Cottbus", "Cottbus"],
  ["dynamo-dresden", "Dynamo Dresden", "SG Dynamo Dresden", "Dresden"],
  ["alemannia-aachen", "Alemannia Aachen", "", "Aachen"],
  ["jahn-regensburg", "Jahn Regensburg", "SSV Jahn Regensburg", "Regensburg"],
  ["spvgg-unterhaching", "SpVgg Unterhaching", "", "Unterhaching"],
  ["msv-duisburg", "MSV Duisburg", "", "Duisburg"],
  ["fc-ingolstadt", "FC Ingolstadt 04", "FC Ingolstadt", "Ingolstadt"],
  ["darmstadt-98", "Darmstadt 98", "SV Darmstadt 98", "Darmstadt"],
  ["greuther-furth", "Greuther Fürth", "SpVgg Greuther Fürth|SpVgg Greuther Fuerth", "Fürth"],
  ["eintracht-braunschweig", "Eintracht Braunschweig", "", "Braunschweig"],
  ["hansa-rostock", "Hansa Rostock", "FC Hansa Rostock", "Rostock"],
  ["1860-munich", "1860 Munich", "TSV 1860 Munich|TSV 1860 München|1860 München"],
  ["vfl-osnabruck", "VfL Osnabrück", "", "Osnabrück"],
  // England
  ["manchester-united", "Manchester United", "Man United|Man Utd|Manchester Utd"],
  ["manchester-city", "Manchester City", "Man City"],
  ["liverpool-fc", "Liverpool FC", "Liverpool F.C.", "Liverpool"],
  ["chelsea-fc", "Chelsea", "Chelsea FC|Chelsea F.C."],
  ["arsenal-fc", "Arsenal", "Arsenal FC|Arsenal F.C."],
  ["tottenham-hotspur", "Tottenham Hotspur", "Tottenham|Spurs"],
  ["everton-fc", "Everton", "Everton FC"],
  ["newcastle-united", "Newcastle United", "", "Newcastle"],
  ["aston-villa", "Aston Villa", ""],
  ["west-ham-united", "West Ham United", "West Ham"],
  ["leeds-united", "Leeds United", "", "Leeds"],
  ["leicester-city", "Leicester City", "", "Leicester"],
  // Spain
  ["real-madrid", "Real Madrid", "Real Madrid CF"],
  ["atletico-madrid", "Atlético Madrid", "Atletico Madrid|Atlético de Madrid|Atletico de Madrid|Atleti"],
  ["fc-barcelona", "FC Barcelona", "Barça|Barca", "Barcelona"],
  ["sevilla-fc", "Sevilla FC", "", "Sevilla"],
  ["valencia-cf", "Valencia CF", "", "Valencia"],
  // Italy
  ["juventus", "Juventus", "Juventus Turin|Juve", "Turin"],
  ["ac-milan", "AC Milan", ""],
  ["inter-milan", "Inter Milan", "Internazionale|FC Internazionale|Inter"],
  ["as-roma", "AS Roma", "A.S. Roma"],
  ["ss-lazio", "Lazio", "SS Lazio|Lazio Rome"],
  ["ssc-napoli", "Napoli", "SSC Napoli", "Naples"],
  ["fiorentina", "Fiorentina", "ACF Fiorentina", "Florence"],
  // France
  ["paris-saint-germain", "Paris Saint-Germain", "Paris St Germain|Paris St. Germain|PSG"],
  ["olympique-marseille", "Olympique Marseille", "Olympique de Marseille", "Marseille"],
  ["olympique-lyonnais", "Olympique Lyonnais", "Olympique Lyon", "Lyon"],
  // Elsewhere
  ["ajax", "Ajax Amsterdam", "AFC Ajax|Ajax"],
  ["psv-eindhoven", "PSV Eindhoven", "PSV", "Eindhoven"],
  ["feyenoord", "Feyenoord", "Feyenoord Rotterdam"],
  ["benfica", "Benfica", "SL Benfica|Benfica Lisbon"],
  ["fc-porto", "FC Porto", "", "Porto"],
  ["sporting-lisbon", "Sporting Lisbon", "Sporting CP"],
  ["celtic", "Celtic", "Celtic Glasgow|Celtic FC"],
  ["rangers", "Rangers", "Glasgow Rangers|Rangers FC"],
  ["galatasaray", "Galatasaray", "Galatasaray Istanbul"],
  ["fenerbahce", "Fenerbahçe", "Fenerbahce"],
  ["besiktas", "Beşiktaş", "Besiktas"],
  ["dynamo-kyiv", "Dynamo Kyiv", "Dynamo Kiev|FC Dynamo Kyiv"],
  ["shakhtar-donetsk", "Shakhtar Donetsk", "Shakhtar"],
  ["spartak-moscow", "Spartak Moscow", ""],
  ["cska-moscow", "CSKA Moscow", ""],
  ["zenit", "Zenit St. Petersburg", "Zenit Saint Petersburg|Zenit St Petersburg|Zenit"],
  ["red-bull-salzburg", "Red Bull Salzburg", "RB Salzburg", "Salzburg"],
  ["fc-basel", "FC Basel", "", "Basel"],
  ["olympiacos", "Olympiacos", "Olympiakos|Olympiacos Piraeus"],
  ["panathinaikos", "Panathinaikos", ""],
  ["boca-juniors", "Boca Juniors", ""],
  ["river-plate", "River Plate", ""],
];

/** Every listed club, keyed "club:<slug>". */
export const CLUB_SEEDS: readonly ClubSeed[] = ROWS.map(([slug, canonical, names, city]) => ({
  key: `club:${slug}`,
  canonical,
  names: names ? names.split("|") : [],
  ...(city ? { city } : {}),
}));
