/**
 * Last words of a company's name that say its trade ("Orbital Music", "Cairn Energy", "Nortel
 * Networks"): a firm's first word alone is its short name beside such a name in the same
 * article. With FIRM_NAME_HEADS (name-heads.ts); bodies ("Council"), events ("Awards") and
 * products ("Portable", "Plus") are not here, as their first word names something else.
 */
export const TRADE_NAME_HEADS: ReadonlySet<string> = new Set([
  "Music", "Pictures", "Records", "Studios", "Films", "Networks", "Research", "Energy",
  "Resources", "Media", "Entertainment", "Motor", "Bros", "Systems", "Software", "Oil", "Gas",
  "Mining", "Foods", "Pharma", "Finance", "Financial", "Stores", "Interactive",
]);
