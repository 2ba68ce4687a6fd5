import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A person and the work they act, star or perform in. */
const APPEARS_IN: Row[] = [
  [
    "Comedian Nadia Trell, who stars in The Glass Harbour, spoke on Monday.",
    ["Nadia Trell APPEARS_IN Glass Harbour"],
  ],
  [
    "Ben Stiller starred in the comedy Meet The Parents.",
    ["Ben Stiller APPEARS_IN Meet The Parents"],
  ],
  [
    "Critics praised The Silver Orchard, starring Dorian Falk and Mara Quint, at the festival.",
    ["Dorian Falk APPEARS_IN Silver Orchard", "Mara Quint APPEARS_IN Silver Orchard"],
  ],
  [
    "The festival was opened by former Friends actress Lisa Kudrow.",
    ["Lisa Kudrow APPEARS_IN Friends"],
  ],
  // "starring" marks the name before it as a work, whatever type the recogniser gave it.
  [
    "Rounding out the top ten was In Good Company - starring Dennis Quaid.",
    ["Dennis Quaid APPEARS_IN In Good Company"],
  ],
  // A name the tagger reads as a person is a work when "starring" follows it, and so are the
  // article's other mentions of that name.
  [
    "The Aviatrix, starring Cate Blanchett as Amelia Earhart, opened on Friday.",
    ["Cate Blanchett APPEARS_IN Aviatrix"],
  ],
  [
    "Oliver Stone's epic Alexander, starring Colin Farrell, slumped to seventh place.",
    ["Colin Farrell APPEARS_IN Alexander"],
  ],
  [
    "The Aviator, starring Leonardo DiCaprio, took $9m. The Aviator leads the field with 11 nominations.",
    ["Leonardo DiCaprio APPEARS_IN Aviator"],
  ],
  // The maker or the actor before "starring" is no work.
  [
    "The film was directed by Sam Mendes, starring Tom Hanks and Paul Newman.",
    [],
    ["Tom Hanks APPEARS_IN Sam Mendes", "Paul Newman APPEARS_IN Sam Mendes"],
  ],
  [
    "A new comedy by Mike Nichols, starring Julia Roberts, opens in May.",
    [],
    ["Julia Roberts APPEARS_IN Mike Nichols"],
  ],
  // A work that opens its clause stars or features its cast.
  [
    "He promoted his new comedy, Meet the Hendersons, which also stars Robert De Niro and Ben Stiller.",
    ["Robert De Niro APPEARS_IN Hendersons", "Ben Stiller APPEARS_IN Hendersons"],
  ],
  [
    "The comedy Glass Harbour also stars Welsh actor Rhys Morgan.",
    ["Rhys Morgan APPEARS_IN Glass Harbour"],
  ],
  // Not a work inside a prepositional phrase, nor "stars" as a noun after a place.
  [
    "The sequel to the comedy Meet The Parents stars Robert De Niro and Dustin Hoffman.",
    [],
    ["Robert De Niro APPEARS_IN Meet The Parents"],
  ],
  [
    "Hollywood stars Kevin Spacey and Kate Bosworth attended the premiere.",
    [],
    ["Kevin Spacey APPEARS_IN Hollywood"],
  ],
  // "X, star of Y" beside the name; a side is no work.
  [
    "French actress Audrey Tautou, star of hit film Amelie, will play the lead.",
    ["Audrey Tautou APPEARS_IN Amelie"],
  ],
  [
    "Frank Lampard, star of the Chelsea side, scored twice.",
    [],
    ["Frank Lampard APPEARS_IN Chelsea"],
  ],
  // Hoped for, not stated; and a genre is no work.
  [
    "Nadia Trell will star in The Glass Harbour next year.",
    [],
    ["Nadia Trell APPEARS_IN Glass Harbour"],
  ],
  ["R&B star Ushna Vale topped the chart.", [], ["Ushna Vale APPEARS_IN R&B"]],
  // A name the recogniser cut out of a hyphenated adjective is no work: "Oscar-nominated actress".
  [
    "The Academy said that Oscar-nominated actress Natalie Portman will present an award.",
    [],
    ["Natalie Portman APPEARS_IN Academy Awards"],
  ],
  [
    "Nathalie Press, who appeared in the Bafta-winning drama My Summer Of Love, spoke.",
    [],
    ["Nathalie Press APPEARS_IN Bafta"],
  ],
];

/** Someone who made a work: directed, wrote, composed, developed. */
const CREATED: Row[] = [
  [
    "The comedy was written by Halden Crewe, the creator of the sitcom Dockside.",
    ["Halden Crewe CREATED Dockside"],
  ],
  // A firm may be a work's creator, not its author.
  ["Shares in Pixar, the creator of the film Toy Story, rose.", ["Pixar CREATED Toy Story"]],
  ["Shares in Pixar, the author of the film Toy Story, rose.", [], ["Pixar CREATED Toy Story"]],
  [
    "Critics loved The Silver Orchard, directed by Oscar-winning director Tomas Virel.",
    ["Tomas Virel CREATED Silver Orchard"],
  ],
  [
    "Singer Kelly Jones's new album Greenwich Mean Time is out on Monday.",
    ["Kelly Jones CREATED Greenwich Mean Time"],
  ],
  ["Ian Bellow, author of the novel Atonement, spoke.", ["Ian Bellow CREATED Atonement"]],
  // A name after a maker's possessive and a noun of an owned work is a title, whatever type the
  // recogniser gave it; an ordinal may stand before the noun.
  [
    "The musical is based on Emile Zola's novel Therese Raquin.",
    ["Emile Zola CREATED Therese Raquin"],
  ],
  [
    "Singer Kelly Jones's first album Greenwich Mean Time is out on Monday.",
    ["Kelly Jones CREATED Greenwich Mean Time"],
  ],
  // "written and directed by": both participles name the maker; they also mark the name before
  // them as a work, whatever type the recogniser gave it.
  [
    "Critics loved Glass Harbour, written and directed by Ben Stiller.",
    ["Ben Stiller CREATED Glass Harbour"],
  ],
  [
    "The low-budget thriller Quorra, written and directed by Shane Carruth, won.",
    ["Shane Carruth CREATED Quorra"],
  ],
  ["The Terminal was directed by Sam Mendes.", ["Sam Mendes CREATED Terminal"]],
  // A director of a firm creates nothing.
  [
    "Peter Fane, director of the Conference Board, said prices rose.",
    [],
    ["Peter Fane CREATED Conference Board"],
  ],
];

/** A winner and the award, prize or title won. */
const WON: Row[] = [
  ["Kate Winslet won the Golden Globe award on Sunday.", ["Kate Winslet WON Golden Globe Awards"]],
  [
    "Actress Hilda Marr, who won the best actress Oscar in 2001, returns.",
    ["Hilda Marr WON Academy Awards"],
  ],
  ["Bafta winner Imelda Staunton thanked her family.", ["Imelda Staunton WON Bafta"]],
  // Receiving an award by its name is winning it; a tour title or a letter is not.
  [
    "Singer Kara Venn picked up her first ever Grammy for her song Lanterns.",
    ["Kara Venn WON Grammy Awards"],
  ],
  ["Composer Bill Orti received an Oscar in 1983 for the score.", ["Bill Orti WON Academy Awards"]],
  [
    "Nadal, who picked up his second ATP title last week, won again.",
    [],
    ["Rafael Nadal WON ATP", "Nadal WON ATP"],
  ],
  ["Smith received a letter from the Nobel Prize committee.", [], ["Smith WON Nobel Prize"]],
  // "He" opening a sentence is the passage's person.
  [
    "Singer Marco Delane thanked his fans on Sunday. He won a Grammy in 1998.",
    ["Marco Delane WON Grammy Awards"],
  ],
  ["Ada Korr won her first Grand Slam title in Paris.", ["Ada Korr WON Grand Slam"]],
  // A year or "last year's" before the award's name.
  ["Tomas Reid won the 1997 Mercury Music Prize.", ["Tomas Reid WON Mercury Music Prize"]],
  ["Tomas Reid won last year's Mercury Music Prize.", ["Tomas Reid WON Mercury Music Prize"]],
  // A work a noun announces wins too, whatever type the recogniser gave it.
  [
    "Swedish drama The Harvest previously won the 2001 Golden Lion award at the festival.",
    ["Harvest WON Golden Lion"],
  ],
  ["Swedish drama The Harvest has won the Golden Lion award.", ["Harvest WON Golden Lion"]],
  // "named winner of" an award is a win; past auxiliaries and a name in brackets.
  [
    "Swedish drama The Harvest (Skorden) has been named winner of the BBC Two World Film Award.",
    ["Harvest WON BBC Two World Film Award"],
  ],
  ["Singer Omar Tal was named winner of the Golden Lion award.", ["Omar Tal WON Golden Lion"]],
  [
    "Singer Omar Tal could be named winner of the Golden Lion award.",
    [],
    ["Omar Tal WON Golden Lion"],
  ],
  // A sequel's number after a title marks it as the winner, whatever type the recogniser gave it.
  [
    "Arcade shooter Star Lance 3 has won two Bafta Awards, including best game.",
    ["Star Lance WON Bafta Awards"],
  ],
  ["The sequel to Star Lance 2 won two Bafta Awards.", [], ["Star Lance WON Bafta Awards"]],
  ["Star Lance 3 could win two Bafta Awards.", [], ["Star Lance WON Bafta Awards"]],
  // A name inside a prepositional phrase before "won" is no winner.
  [
    "The director of the Swedish drama The Harvest won the Golden Lion award.",
    [],
    ["Harvest WON Golden Lion"],
  ],
  // Hedged or future, nominated, or another noun: no win.
  ["Kate Winslet could win the Golden Globe award.", [], ["Kate Winslet WON Golden Globe Awards"]],
  [
    "Kate Winslet is tipped to win the Golden Globe award.",
    [],
    ["Kate Winslet WON Golden Globe Awards"],
  ],
  [
    "Kate Winslet was nominated for the Golden Globe award.",
    [],
    ["Kate Winslet WON Golden Globe Awards"],
  ],
  ["The channel Skyview scooped Oscar rights in 1999.", [], ["Skyview WON Oscar"]],
];

/** A company and the product or work it makes, publishes or sells. */
const PRODUCES: Row[] = [
  ["Microsoft's Xbox sold well in December.", ["Microsoft PRODUCES Xbox"]],
  ["Sales of Sony's PlayStation 2 rose again.", ["Sony PRODUCES PlayStation"]],
  ["Lord Vane told BBC Two's Newsnight he would resign.", ["BBC Two PRODUCES Newsnight"]],
  // A quoted title before its participle: the closing quotation mark is passed over.
  ['He called it the best "Zorbix" made by Apple.', ["Apple PRODUCES Zorbix"]],
  // The quotation closes on a word, not on the name: the name is no product.
  ['He said the "Zorbix deal" was made by Apple.', [], ["Apple PRODUCES Zorbix"]],
  // "It's" is "it is"; a name before "division" or "community" is no product.
  [
    "Shops sold the single Do They Know It's Christmas again.",
    [],
    ["Do They Know It PRODUCES Christmas"],
  ],
  [
    "He is a director in Microsoft's Windows Server division.",
    [],
    ["Microsoft PRODUCES Windows Server"],
  ],
];

describe("entertainment, tech and business patterns", () => {
  it.each([...APPEARS_IN, ...CREATED, ...WON, ...PRODUCES])(
    "%s",
    (input, expected, absent = []) => {
      const facts = ruleFactsOf(input);
      for (const fact of expected) expect(facts).toContain(fact);
      for (const fact of absent) expect(facts).not.toContain(fact);
    },
  );
});

/** A work a work noun announces after a longer description than the verb's short lead passes. */
const DESCRIBED_WORKS: Row[] = [
  [
    "Kate Holm, who starred in TV comedy Harbour Lights, had hoped to make her debut.",
    ["Kate Holm APPEARS_IN Harbour Lights"],
  ],
  [
    "Veteran actress Jane Rusk, who starred in Tom Hale's 1943 film The Outpost, spoke on Monday.",
    ["Jane Rusk APPEARS_IN Outpost"],
  ],
  [
    "He is working with Steve Brand, who wrote the award-winning musical Pennies Pennies.",
    ["Steve Brand CREATED Pennies Pennies"],
  ],
  // A function word or another kind of name ends the description.
  [
    "Tom Hale appeared in court with the film's director Jim Bell.",
    [],
    ["Tom Hale APPEARS_IN Jim Bell"],
  ],
  ["Ann Rowe starred in Paris in the comedy Harbour Lights.", [], ["Ann Rowe APPEARS_IN Paris"]],
  // "a contemporary Tom Hale" is a likeness of someone else, not the man himself.
  [
    "Its hero is a professor likened to a contemporary Indiana Jones, who also appeared in Dan Brand's first book Angels and Demons.",
    [],
    ["Indiana Jones APPEARS_IN Angels and Demons"],
  ],
];

describe("works announced after a longer description", () => {
  it.each(DESCRIBED_WORKS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});

/** A category won or a nomination given at an award's ceremony: the award is the ceremony's. */
const CEREMONY_AWARDS: Row[] = [
  ["Kate Holm won best animation at last year's Oscars.", ["Kate Holm WON Academy Awards"]],
  [
    "Irish actor Dan Moss, who was nominated for best actor at the 1955 Oscars, has died.",
    ["Dan Moss NOMINATED_FOR Academy Awards"],
  ],
  [
    "Jo Marsh has scooped seven nominations at this year's British Independent Film Awards.",
    ["Jo Marsh NOMINATED_FOR British Independent Film Awards"],
    ["Jo Marsh WON British Independent Film Awards"],
  ],
  // No award's name after "at", or a nomination rather than a win, or a word between.
  ["Tom Hale won gold at the Athens Olympics.", [], ["Tom Hale WON Athens Olympics"]],
  ["Tom Hale won four awards herself at the Grammy ceremony.", [], ["Tom Hale WON Grammy Awards"]],
];

describe("awards of the ceremony a category was won at", () => {
  it.each(CEREMONY_AWARDS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
