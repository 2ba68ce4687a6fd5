import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Ownership an owner noun, an owning verb, a passive or an "-owned" compound states (OWNS). */
const OWNERS: FactRow[] = [
  // "X owner Y": the thing before the owner noun, the owner after it.
  ["Harbour City owner Carl Brandt watched the match.", ["Carl Brandt OWNS Harbour City"]],
  ["Manchester United owner Malcolm Glazer was booed.", ["Malcolm Glazer OWNS Manchester United"]],
  ["Ken Bates, Leeds United's owner, said so.", ["Ken Bates OWNS Leeds United"]],
  ["Jack Walker, the Blackburn Rovers owner, died.", ["Jack Walker OWNS Blackburn Rovers"]],
  ["Leeds United's billionaire owner Ken Bates watched.", ["Ken Bates OWNS Leeds United"]],
  // A word between the name and the owner noun that is no describer of the owner names the thing.
  ["Kent farm owner John Smith said so.", [], ["John Smith OWNS Kent"]],
  // The name before the owner noun must be the thing's whole name: "DS" is written in capitals.
  ["Nintendo DS owner Tom Hale played.", [], ["Tom Hale OWNS Nintendo"]],
  // A past owner is still an owner, marked former; a would-be owner is none.
  [
    "Former Leeds United owner Ken Bates made a bid.",
    ["Ken Bates OWNS Leeds United (former)"],
    ["Ken Bates OWNS Leeds United"],
  ],
  [
    "It forced the sale to destroy Yukos and its former owner Mikhail Khodorkovsky.",
    ["Mikhail Khodorkovsky OWNS Yukos (former)"],
  ],
  ["Would-be Leeds United owner Ken Bates made a bid.", [], ["Ken Bates OWNS Leeds United"]],
  // "X, who owns Y", "X owns Y": the subject owns the thing after the verb.
  ["Carl Brandt, who owns the Riverside Rovers, spoke.", ["Carl Brandt OWNS Riverside Rovers"]],
  [
    "Malcolm Glazer, who owns the Tampa Bay Buccaneers, made a bid.",
    ["Malcolm Glazer OWNS Tampa Bay Buccaneers"],
  ],
  ["Ken Bates owns Leeds United.", ["Ken Bates OWNS Leeds United"]],
  ["Ken Bates also owns the Sunday Herald newspaper.", ["Ken Bates OWNS Sunday Herald"]],
  ["Tom Hale, who owned Harbour City for a decade, died.", ["Tom Hale OWNS Harbour City (former)"]],
  // "Y, which X owned": the antecedent is owned, in the past.
  [
    "The Hacienda club, which Factory Records owned, closed in 1997.",
    ["Factory Records OWNS Hacienda (former)"],
  ],
  // "Y, owned by X", "Y is owned by X".
  ["Air Shamrock, an airline owned by Mr Gold, was paid.", ["Gold OWNS Air Shamrock"]],
  ["Sky, owned by Rupert Murdoch, made a profit.", ["Rupert Murdoch OWNS Sky"]],
  ["The Telegraph is owned by David Barclay.", ["David Barclay OWNS The Telegraph"]],
  // The subject before a relative clause: "X, which …, is owned by Y".
  [
    "Globex Holdings, which floated on the stock market in 1995, is majority-owned by businessman Tan Wei Ming.",
    ["Tan Wei Ming OWNS Globex Holdings"],
  ],
  ["The Telegraph is not owned by David Barclay.", [], ["David Barclay OWNS The Telegraph"]],
  // A stake is no ownership of the thing.
  ["Ken Bates owns a 30% stake in Leeds United.", [], ["Ken Bates OWNS Leeds United"]],
  ["Ken Bates, who owns 29% of Leeds United, said so.", [], ["Ken Bates OWNS Leeds United"]],
  ["Leeds United, which is partly owned by Ken Bates, lost.", [], ["Ken Bates OWNS Leeds United"]],
  ["Ann Lee, who owns Globex shares, said so.", [], ["Ann Lee OWNS Globex"]],
  ["He bought a stake in Leeds United, which Ken Bates owns.", [], ["Ken Bates OWNS Leeds United"]],
  ["The BBC owns the rights to EastEnders.", [], ["BBC OWNS EastEnders"]],
  // A make's product is no ownership of the maker.
  ["Tom Hale, the owner of a Ferrari, crashed.", [], ["Tom Hale OWNS Ferrari"]],
  ["Tom Hale owns a Porsche and two horses.", [], ["Tom Hale OWNS Porsche"]],
  // A name that describes what is owned is not the thing owned.
  ["Roger Federer owns the Wimbledon title.", [], ["Roger Federer OWNS Wimbledon"]],
  [
    "Virgin Blue, which is 25% owned by Richard Branson, has been struggling.",
    [],
    ["Richard Branson OWNS Virgin Blue"],
  ],
  // A hoped-for or denied ownership is none.
  ["Ken Bates could own Leeds United.", [], ["Ken Bates OWNS Leeds United"]],
  ["Ken Bates does not own Leeds United.", [], ["Ken Bates OWNS Leeds United"]],
  // A purchase is an event: ACQUIRED where the rules read it, never OWNS.
  [
    "Northwind Telecom bought Bluecell for $2bn.",
    ["Northwind Telecom ACQUIRED Bluecell"],
    ["Northwind Telecom OWNS Bluecell"],
  ],
  // A possessive alone is no ownership: "Murdoch's News Corp" is said of its head as often.
  ["Rupert Murdoch's News Corp made a profit.", [], ["Rupert Murdoch OWNS News Corporation"]],
  // A firm a firm owns is its part (PART_OF), not a holding.
  ["Yukos' owner Menatep Group says it will appeal.", ["Yukos PART_OF Menatep Group"]],
  [
    "Paris-based Euronext, owner of Liffe in London, is ready.",
    ["Liffe PART_OF Euronext"],
    ["Euronext OWNS Liffe"],
  ],
  [
    "In November, Barclays, which owns the Woolwich, forecast a fall in prices.",
    ["Woolwich PART_OF Barclays"],
    ["Barclays OWNS Woolwich"],
  ],
  // A club a firm owns is held, not a part: OWNS.
  ["Parmalat, which owns football club Parma, fell.", ["Parmalat OWNS Parma"]],
];

describe("owners", () => {
  it.each(OWNERS)("%s", (input, expected, absent = []) => expectRuleFacts(input, expected, absent));
});
