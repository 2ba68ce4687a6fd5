/** Words that let a demonym or a "-based" compound say where an organisation is from. */

/**
 * Head nouns of organisations: "the French carmaker Renault", "Toyota, the Japanese carmaker".
 * A demonym before one of these modifies the organisation, not a person named after it ("the
 * British film industry ... Gerry Anderson": no citizenship).
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "carmaker",
  "automaker",
  "maker",
  "manufacturer",
  "group",
  "bank",
  "lender",
  "insurer",
  "airline",
  "carrier",
  "retailer",
  "broadcaster",
  "newspaper",
  "publisher",
  "band",
  "club",
  "side",
  "team",
  "party",
  "agency",
  "charity",
  "organisation",
  "organization",
  "institute",
  "university",
  "giant",
  "conglomerate",
  "producer",
  "operator",
  "industry",
  "tank",
  "studio",
  "label",
  "startup",
  "start-up",
  "developer",
  "network",
  "regulator",
  "watchdog",
  // "a UK-based research consultancy", "the Finnish security lab", "US telco".
  "consultancy",
  "lab",
  "laboratory",
  "telco",
  // "Russia's second-largest brewer", "the German stock exchange", "its Japanese subsidiary Fuso".
  "brewer",
  "drugmaker",
  "chipmaker",
  "planemaker",
  "steelmaker",
  "exchange",
  "bourse",
  "supplier",
  "monopoly",
  "subsidiary",
]);

/** Second halves of a place compound that say where an organisation sits: "Berlin-based". */
export const BASED_TAILS: ReadonlySet<string> = new Set(["based", "headquartered"]);
