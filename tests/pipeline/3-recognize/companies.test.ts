import { describe, expect, it } from "vitest";
import { lookupCompany } from "../../../src/pipeline/3-recognize/companies.js";
import { COMPANY_SEEDS } from "../../../src/pipeline/model/lexicons/companies.js";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

// Issue 10: companies, platforms and publishers typed as places or people.
const ROWS: Row[] = [
  // Companies listed after the shipped tagger, read by the list alone.
  [
    "Seagram was sold to a rival last year, its chairman said.",
    ["ORGANIZATION Seagram"],
    ["PERSON Seagram"],
  ],
  [
    "Shares in Vivendi rose after Diageo reported higher profits.",
    ["ORGANIZATION Vivendi", "ORGANIZATION Diageo"],
    ["PERSON Vivendi", "PLACE Diageo"],
  ],
  // A one-word company name that is also a surname is listed only in its longer form.
  [
    "Harrison Ford starred in the film, which Ford Motor sponsored.",
    ["PERSON Harrison Ford", "ORGANIZATION Ford Motor"],
    ["ORGANIZATION Harrison Ford"],
  ],
  // A listed platform or company, whatever the tagger made of it.
  [
    "Thousands of users vented their anger on Twitter after the match was called off.",
    ["ORGANIZATION Twitter"],
    ["PLACE Twitter"],
  ],
  [
    "Vattenfall said on Monday that it would close two plants.",
    ["ORGANIZATION Vattenfall"],
    ["PLACE Vattenfall", "PERSON Vattenfall"],
  ],
  // The tagger silent on a listed company opening the sentence: it is one before a verb of
  // saying, not before a noun.
  [
    "Shell claims its downfall was punishment for the ambitions of its founder Tom Hale.",
    ["ORGANIZATION Shell"],
    [],
  ],
  ["Shell companies hide money from tax.", [], ["ORGANIZATION Shell"]],
  // One capitalised word the tagger is silent on before a possessive and a firm's noun.
  [
    "Since Yukos' founder, Mikhail Khodorkovsky, was arrested, shares fell.",
    ["ORGANIZATION Yukos"],
    [],
  ],
  ["The Church's founder was a monk.", [], ["ORGANIZATION Church"]],
  // An electronics maker the tagger reads as a place in a list of brands.
  [
    "Laptops from Toshiba, HP/Compaq or Samsung were recalled.",
    ["ORGANIZATION Toshiba"],
    ["PLACE Toshiba"],
  ],
  // A listed party or union, in any of its forms.
  ["Voters backed Syriza on Sunday.", ["ORGANIZATION Syriza"], ["PLACE Syriza", "OTHER Syriza"]],
  ["The Free Democrats left the coalition.", ["ORGANIZATION Free Democratic Party"], []],
  // "the Amazon" is the river or the forest; "Amazon" alone the company.
  ["Logging in the Amazon has doubled, officials said.", [], ["ORGANIZATION Amazon"]],
  // A name right after a company noun is an organisation in every mention of the article.
  [
    "The Norwegian firm Korvald Marine built the ship. Korvald Marine said the hull was sound.",
    ["ORGANIZATION Korvald Marine"],
    ["PERSON Korvald Marine"],
  ],
  // A company noun right after the name ("Zantex shares fell"), or an analyst firm before it.
  [
    "Zantex shares fell 3% on Monday. Zantex said sales rose.",
    ["ORGANIZATION Zantex"],
    ["PERSON Zantex"],
  ],
  [
    "Demand will slow, said Mira Holt at analyst Corvex. Corvex expects a rebound.",
    ["ORGANIZATION Corvex", "PERSON Mira Holt"],
    ["PERSON Corvex"],
  ],
  // "producer" before one word is a firm ("steel producer Corvex"), before a full name a person.
  [
    "Polish steel producer Corvex was sold on Monday. Corvex makes pipes.",
    ["ORGANIZATION Corvex"],
    ["PERSON Corvex"],
  ],
  [
    "The show was made by the executive producer Dana Whitlow. Whitlow said it was hard.",
    ["PERSON Dana Whitlow"],
    ["ORGANIZATION Dana Whitlow"],
  ],
  [
    "The label was set up by Ada Venn and producer Rafe Collyer in 1990.",
    ["PERSON Rafe Collyer"],
    ["ORGANIZATION Rafe Collyer"],
  ],
  // A person after "analyst", a town before "factory": no company.
  [
    "The web is safe, argues analyst Bill Thorne. Thorne writes weekly.",
    ["PERSON Bill Thorne"],
    ["ORGANIZATION Bill Thorne"],
  ],
  ["Jobs will go at the Oxford factory.", ["PLACE Oxford"], ["ORGANIZATION Oxford"]],
  ["Shares rose on the Tel Aviv stock market.", ["PLACE Tel Aviv"], ["ORGANIZATION Tel Aviv"]],
  // Trade and body nouns: "Danish brewer …", "…, the UK's premium rate services watchdog".
  [
    "Danish brewer Halvbrygg suffered a fall in profits. Halvbrygg said demand waned.",
    ["ORGANIZATION Halvbrygg"],
    ["PERSON Halvbrygg"],
  ],
  [
    "Icvara, the UK's premium rate services watchdog, said it had been looking for partners.",
    ["ORGANIZATION Icvara"],
    ["PERSON Icvara"],
  ],
  // An apposition whose head is a company noun: "Zantex, the Italian food group, …".
  [
    "Zantex, the Italian food group at the centre of the scandal, reported a profit.",
    ["ORGANIZATION Zantex"],
    ["PERSON Zantex"],
  ],
  [
    "Orvinta, Peru's third-biggest software firm, has reported a rise in profit.",
    ["ORGANIZATION Orvinta"],
    ["PERSON Orvinta"],
  ],
  [
    "Investors bought shares in Morvela, the country's biggest airline.",
    ["ORGANIZATION Morvela"],
    ["PERSON Morvela"],
  ],
  [
    "Zorvex Bourse, the German stock exchange, raised its dividend.",
    ["ORGANIZATION Zorvex Bourse"],
    ["PERSON Zorvex Bourse"],
  ],
  // The phrase's head is a calling ("the firm's chief executive"), a person ("the man behind the
  // Corvex group"), or a clause's subject follows ("At Dunmoor, the company has written").
  [
    "Dale Pruitt, the stock exchange's chief executive, said sales rose.",
    ["PERSON Dale Pruitt"],
    ["ORGANIZATION Dale Pruitt"],
  ],
  [
    "Dale Pruitt, the firm's chief executive, said sales rose.",
    ["PERSON Dale Pruitt"],
    ["ORGANIZATION Dale Pruitt"],
  ],
  [
    "Jez Alvar, the man behind the Corvex games group, has bought back the company.",
    ["PERSON Jez Alvar"],
    ["ORGANIZATION Jez Alvar"],
  ],
  // A name set off after a noun phrase headed by a firm's or a band's noun is that body.
  [
    "The world's biggest confectionery firm, Velmora Schweppes, has reported a rise in profits. Velmora Schweppes employs 5,000 people.",
    ["ORGANIZATION Velmora Schweppes"],
    ["PERSON Velmora Schweppes"],
  ],
  [
    "Three executives of Ireland's state-owned airline, Aer Lindow, are set to leave.",
    ["ORGANIZATION Aer Lindow"],
    ["PERSON Aer Lindow"],
  ],
  [
    "Tom Hale will spend time working with his other band, Quillstar. He plans to take Quillstar on tour.",
    ["ORGANIZATION Quillstar"],
    ["PERSON Quillstar"],
  ],
  // A person set off after such a phrase: an age or "who" after the name, a role at the body
  // before it, or a calling as the head.
  [
    "After he left the band, Kenton Hale, 34, moved to Spain. Kenton Hale said he was happy.",
    ["PERSON Kenton Hale"],
    ["ORGANIZATION Kenton Hale"],
  ],
  [
    "The head of the Ukrainian state-owned Velmora company, Yuri Bolko, said he was happy.",
    ["PERSON Yuri Bolko"],
    ["ORGANIZATION Yuri Bolko"],
  ],
  [
    "Since leaving the group, Dara Quill, who had sung with it for years, has recorded alone.",
    ["PERSON Dara Quill"],
    ["ORGANIZATION Dara Quill"],
  ],
  ["The film's producer, Jo Hale, said the shoot went well.", ["PERSON Jo Hale"], []],
  // "a company called X", and "provider" as a company noun.
  [
    "The site began using the services of a company called Akamira. Akamira declined to comment.",
    ["ORGANIZATION Akamira"],
    ["PERSON Akamira"],
  ],
  [
    "Buying the unit would give Qwesta, a local phone service provider, access to new clients.",
    ["ORGANIZATION Qwesta"],
    ["PERSON Qwesta"],
  ],
  // "The company called Tom Hale": a firm phoning a person.
  ["The company called Tom Hale to the stand.", ["PERSON Tom Hale"], ["ORGANIZATION Tom Hale"]],
  // A company noun opening the sentence leads a firm, but a calling a person shares there leads
  // a full name the tagger read as a person's; a lone name it leads is a firm.
  [
    "Bookmaker Wilbur Hale has stopped taking bets on the contest. Wilbur Hale said the odds had moved.",
    ["ORGANIZATION Wilbur Hale"],
    ["PERSON Wilbur Hale"],
  ],
  [
    "Producer Judy Crane is the highest new entry in the list.",
    ["PERSON Judy Crane"],
    ["ORGANIZATION Judy Crane"],
  ],
  [
    "Viewers complained to US broadcaster Kelvision. Kelvision said it would review the show.",
    ["ORGANIZATION Kelvision"],
    ["PERSON Kelvision"],
  ],
  // "X is a … organisation": a sentence that says what the name is, with a company noun as head.
  [
    "Korvane is a non-profit organisation looking at new ways to teach. Pupils wrote to Korvane. Korvane said the results were good.",
    ["ORGANIZATION Korvane"],
    ["PERSON Korvane"],
  ],
  [
    "Brasko is the biggest mobile operator in Poland. Sales at Brasko rose. Brasko said profits were up.",
    ["ORGANIZATION Brasko"],
    ["PERSON Brasko"],
  ],
  [
    "Dalvex is a small software firm based in Leeds. Dalvex sold 20 copies. Critics said Dalvex was late.",
    ["ORGANIZATION Dalvex"],
    ["PERSON Dalvex"],
  ],
  // "a bank manager": the head is the last word of the noun phrase, a person's calling.
  [
    "Korvane is a bank manager in Leeds. Korvane said the results were good.",
    ["PERSON Korvane"],
    ["ORGANIZATION Korvane"],
  ],
  // "shares her view": the verb, not a company's stock.
  ["Greta Lind shares her view with Tom Berg.", ["PERSON Greta Lind"], ["ORGANIZATION Greta Lind"]],
  // A list of names after a plural company noun names companies.
  [
    "Research by technology firms Brindlemoor and Ashcombe found that most PCs had spyware.",
    ["ORGANIZATION Brindlemoor", "ORGANIZATION Ashcombe"],
    ["PLACE Brindlemoor", "PLACE Ashcombe"],
  ],
  [
    "Security has been left to firms such as Symvane, Dorrit and many others.",
    ["ORGANIZATION Symvane", "ORGANIZATION Dorrit"],
    ["PLACE Symvane", "PLACE Dorrit"],
  ],
  [
    '"It is a risk," said Nick Turner, analyst at brokers Jeffreys.',
    ["ORGANIZATION Jeffreys"],
    ["PERSON Jeffreys"],
  ],
  // A name after the list, or a list of people, stays a person.
  [
    "The deal was backed by firms such as Nokia and Intel, Tom Hale, an analyst, said.",
    ["PERSON Tom Hale"],
    ["ORGANIZATION Tom Hale"],
  ],
  [
    "Film-makers such as Mike Leigh and Roger Michell were nominated.",
    ["PERSON Mike Leigh", "PERSON Roger Michell"],
    [],
  ],
  // A name the tagger passes over right after a company noun is an organisation.
  ["Vexa has worked with electronics giant Marble to build a phone.", ["ORGANIZATION Marble"], []],
  [
    "The search tool was licensed from a US-based firm Q7 Technologies.",
    ["ORGANIZATION Q7 Technologies"],
    [],
  ],
  // An apposition naming a place joined to a lower-case word ("US-based") still describes a firm.
  [
    "Tom Hale, director of the Vanta Center, a US-based think-tank that studies media, spoke.",
    ["ORGANIZATION Vanta Center"],
    ["PLACE Vanta Center", "OTHER Vanta Center"],
  ],
  [
    "Zentel said it would partner up with a small UK-based electronics firm, Korvel Secam, to produce it.",
    ["ORGANIZATION Korvel Secam"],
    ["PERSON Korvel Secam"],
  ],
  // Not a pronoun, a month or a word news writes in lower case after the noun.
  ["Profits at the group I run rose sharply.", [], ["ORGANIZATION I"]],
  ["He joined the firm In March and left.", [], ["ORGANIZATION In", "ORGANIZATION In March"]],
  ["She left the firm Monday after a row.", [], ["ORGANIZATION Monday"]],
];

describe("companies", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });

  it("looks names up with and without diacritics and a possessive", () => {
    expect(lookupCompany("Nestle")?.key).toBe("company:nestle");
    expect(lookupCompany("Twitter's")?.key).toBe("company:twitter");
    expect(lookupCompany("Hamburg")).toBeUndefined();
  });

  it("lists each company key and name once", () => {
    const keys = COMPANY_SEEDS.map((company) => company.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = COMPANY_SEEDS.flatMap((company) => [company.canonical, ...company.names]);
    expect(new Set(names).size).toBe(names.length);
  });
});
