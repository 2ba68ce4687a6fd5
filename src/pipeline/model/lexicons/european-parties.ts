/**
 * European parties and trade unions that news names by a bare word the tagger often mistypes
 * ("Syriza" as a place, "Fidesz" as MISC), and their common forms ("Greens", "Free Democrats").
 * Parties the curated gazetteer already lists (CDU, SPD, AfD, Labour…) are not repeated here.
 * [key slug, canonical, other names separated by "|"].
 */
export const PARTY_ROWS: readonly (readonly [string, string, string?])[] = [
  // Germany
  ["csu", "Christian Social Union", "CSU|Christian Social Union in Bavaria"],
  ["fdp", "Free Democratic Party", "FDP|Free Democrats"],
  ["german-greens", "Alliance 90/The Greens", "Alliance 90/Greens|German Greens"],
  ["die-linke", "The Left", "Left Party|Die Linke"],
  ["npd", "National Democratic Party of Germany", "NPD"],
  ["ig-metall", "IG Metall"],
  ["verdi", "Verdi", "ver.di"],
  ["dgb", "German Trade Union Confederation", "DGB"],
  // Elsewhere in Europe
  ["syriza", "Syriza", "SYRIZA"],
  ["new-democracy", "New Democracy", "Nea Dimokratia"],
  ["pasok", "PASOK", "Pasok"],
  ["golden-dawn", "Golden Dawn"],
  ["fidesz", "Fidesz", "FIDESZ"],
  ["jobbik", "Jobbik"],
  ["pis", "Law and Justice", "PiS"],
  ["civic-platform", "Civic Platform"],
  ["podemos", "Podemos"],
  ["pp-spain", "People's Party", "Partido Popular"],
  ["psoe", "PSOE", "Spanish Socialist Workers' Party"],
  ["front-national", "National Front", "Front National|National Rally|Rassemblement National"],
  ["five-star-movement", "Five Star Movement", "M5S"],
  ["lega", "Northern League", "Lega Nord"],
  ["forza-italia", "Forza Italia"],
  ["ukip", "UKIP", "UK Independence Party"],
  ["pvv", "Party for Freedom", "PVV"],
  ["fpo", "Freedom Party of Austria", "FPÖ|FPO"],
  ["ovp", "Austrian People's Party", "ÖVP|OVP"],
  ["spo", "Social Democratic Party of Austria", "SPÖ|SPO"],
  ["svp", "Swiss People's Party", "SVP"],
  ["sinn-fein", "Sinn Féin", "Sinn Fein"],
  ["plaid-cymru", "Plaid Cymru"],
];
