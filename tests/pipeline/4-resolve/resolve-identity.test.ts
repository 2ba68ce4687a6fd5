import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/pipeline/types.js";
import { analyzeText as analyze } from "../../helpers/pipeline.js";

/** "TYPE Name" of each entity with its aliases in order: "COUNTRY Japan []". */
function entitiesOf(x: Extraction): string[] {
  return x.entities.map((e) => `${e.type} ${e.name} [${e.aliases.join("|")}]`);
}

// [text, every entity of the article with its aliases] (issue 10, kinds 1 and 2).
const ALIASES: [string, string[]][] = [
  // A capital standing for its country stays a metonymic mention of it, not an alias.
  [
    "Washington regards the plan as a trap. The United States has not commented.",
    ["COUNTRY United States []"],
  ],
  [
    "Beijing's proposals were welcomed by the Kremlin. China and Russia agreed.",
    ["COUNTRY China []", "COUNTRY Russia []"],
  ],
  // Hyphenated compounds around a name are not names of it.
  [
    "Japan-US talks resumed in Tokyo. Japan said the Tokyo-based firm had left.",
    ["COUNTRY Japan []", "COUNTRY United States []", "PLACE Tokyo []"],
  ],
  [
    "The Italian-Greek border was calm. Italy and Greece signed a deal.",
    ["COUNTRY Italy []", "COUNTRY Greece []"],
  ],
  ["Anti-NATO protests grew. NATO said it would respond.", ["ORGANIZATION NATO []"]],
  // A name glued to a lowercase word ("-based", "-nominated") is the name; a day's name is none.
  [
    "A San Francisco-based start-up hired Ruth Pell on a Saturday-night shift.",
    ["PLACE San Francisco []", "PERSON Ruth Pell []"],
  ],
  [
    "The Grenholm-based charity thanked the Oscar-nominated director.",
    ["PLACE Grenholm []", "OTHER Academy Awards [Oscar]"],
  ],
  // Each part a word of the name: a spelling of the name itself.
  ["Bosnia-Herzegovina joined the talks.", ["COUNTRY Bosnia and Herzegovina [Bosnia-Herzegovina]"]],
];

describe("what becomes an alias of an entity", () => {
  it.each(ALIASES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });

  it("keeps the metonymic mention, pointing at the country", () => {
    const x = analyze("Washington regards the plan as a trap.");
    const mention = x.mentions.find((m) => m.surface === "Washington");
    expect(mention?.isMetonymy).toBe(true);
    expect(x.entities[mention?.entity ?? -1]?.name).toBe("United States");
  });
});

/** "TYPE Name" of the entity each given surface was resolved to, first mention of that surface. */
function resolvedAs(x: Extraction, surface: string): string | undefined {
  const mention = x.mentions.find((m) => m.surface === surface);
  const entity = mention && x.entities[mention.entity];
  return entity && `${entity.type} ${entity.name}`;
}

// [text, surface → "TYPE canonical name" it must resolve to]
type Row = [text: string, expected: Record<string, string | undefined>];

// Issue 10, kinds 5 and 6: forms of address and titles are not part of a person's name.
const DESCRIPTORS: Row[] = [
  [
    "Frau Merkel said the talks were over. Angela Merkel left on Monday.",
    { "Frau Merkel": "PERSON Angela Merkel" },
  ],
  [
    "Herr Scholz arrived late. Olaf Scholz later apologised.",
    { "Herr Scholz": "PERSON Olaf Scholz" },
  ],
  // A title with a full name after it: the name is what follows, the words before the title
  // name the organisation the person works for.
  [
    "Yesterday Adidas CEO Herbert Hainer said sales rose.",
    { "Herbert Hainer": "PERSON Herbert Hainer", Adidas: "ORGANIZATION Adidas" },
  ],
  ["Prince Charles visited Wales.", { "Prince Charles": "PERSON Prince Charles" }],
];

// Issue 10, kind 5: spellings with and without diacritics are one name.
const SPELLINGS: Row[] = [
  [
    "Jarno Lehtinen won the stage. Later Lehtinén said the road was wet.",
    { Lehtinén: "PERSON Jarno Lehtinen" },
  ],
  [
    "Anaïs Dufresne spoke first. Anais Dufresne and Dufresne left together.",
    { Dufresne: "PERSON Anaïs Dufresne", "Anais Dufresne": "PERSON Anaïs Dufresne" },
  ],
];

// Issue 10, kind 4: an acronym is its expansion in the article, hyphenated words included.
const ACRONYMS: Row[] = [
  [
    "The Nordic Anti-Fraud Agency (NAFA) opened an inquiry. NAFA said it would report.",
    { NAFA: "ORGANIZATION Nordic Anti-Fraud Agency" },
  ],
  [
    "The Pacific Tuna Commission met. The PTC said stocks had recovered.",
    { PTC: "ORGANIZATION Pacific Tuna Commission" },
  ],
  // A word in capitals is kept whole in the initials: "UN Fishing Council" is UNFC, not UFC.
  [
    "The UN Fishing Council met in Oslo. The UNFC said stocks had recovered.",
    { UNFC: "ORGANIZATION UN Fishing Council" },
  ],
  // A name of any type but a person's, spelled out in the article, whatever type the acronym got.
  ["He moved to Los Angeles in May. LA is sunny, he said.", { LA: "PLACE Los Angeles" }],
  [
    "Users of Internet Explorer were warned. IE has a flaw.",
    { IE: "ORGANIZATION Internet Explorer" },
  ],
  // Capitals that spell no name of the article name nothing.
  ["Users of Internet Explorer were warned. They said IT was to blame.", { IT: undefined }],
  // A name with one capitalised word expands no acronym: that word is the acronym.
  ["The FA said the FA cup draw was fair.", { FA: "ORGANIZATION FA" }],
];

// Issue 10, kind 7: a generic head alone is the organisation the article names in full.
const GENERIC_HEADS: Row[] = [
  [
    "The Commission rejected the plan. The European Commission said it would appeal.",
    { Commission: "ORGANIZATION European Commission" },
  ],
  [
    "The Communist Party of China met. The Party said it would lead.",
    { "The Party": "ORGANIZATION Chinese Communist Party" },
  ],
  [
    "The International Committee of the Red Cross sent aid. The Committee said so.",
    { "The Committee": "ORGANIZATION International Committee of the Red Cross" },
  ],
  // Two banks: "the Bank" could be either, and alone it names no one thing, so it is no entity.
  [
    "The World Bank and the Asian Development Bank lent money. The Bank said so.",
    { "The Bank": undefined },
  ],
  // No union named in full: "the Union" is nothing, not one entity for every union.
  ["Delegates said the Union would decide by June.", { Union: undefined }],
  // A modifier is not a head: Apple is not Apple Music.
  ["Apple and Apple Music grew.", { Apple: "ORGANIZATION Apple" }],
  // A partial name with another form of a word of the full name ("Democrats" of "Democratic"),
  // also when the article only wrote the acronym, and also at the head of a bracketed list.
  [
    "The CDU won. The opposition (Christian Democrats, Greens) objected.",
    { "Christian Democrats": "ORGANIZATION Christian Democratic Union" },
  ],
  [
    "The Federal Nature Agency said so. Later the Nature Agency agreed.",
    { "Nature Agency": "ORGANIZATION Nature Agency" },
  ],
  // A common noun written in capitals is no short name of the name it ends, nor a name alone.
  [
    "Sales of Western PC makers fell. PC prices dropped.",
    { PC: undefined, "Western PC": "ORGANIZATION Western PC" },
  ],
  ["New ID cards and DVDs were shown on TV.", { ID: undefined, DVDs: undefined, TV: undefined }],
  // A partial name opens as the full name does: a leading word dropped makes another body.
  [
    "Players said the Professional Footballers' Association backed them, but the Football Association fined the club.",
    { "Football Association": "ORGANIZATION Football Association" },
  ],
];

describe("descriptors are not aliases", () => {
  it.each([
    [
      "Yesterday Adidas CEO Herbert Hainer said sales rose.",
      ["ORGANIZATION Adidas []", "PERSON Herbert Hainer []"],
    ],
    [
      "Frau Merkel said the talks were over. Angela Merkel left on Monday.",
      ["PERSON Angela Merkel []"],
    ],
    // A party's or a country's adjective before a full name names the party or the country.
    [
      "Tory Liam Marsh said the plan was weak. Mr Marsh added nothing.",
      ["ORGANIZATION Conservative Party [Tory]", "PERSON Liam Marsh [Mr Marsh]"],
    ],
    ["German Olaf Brent spoke first.", ["COUNTRY Germany [German]", "PERSON Olaf Brent []"]],
  ])("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

describe.each([
  ["descriptors in person names", DESCRIPTORS],
  ["generic heads", GENERIC_HEADS],
  ["spellings", SPELLINGS],
  ["acronyms", ACRONYMS],
] as const)("%s", (_name, rows) => {
  it.each(rows)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect([surface, resolvedAs(x, surface)]).toEqual([surface, entity]);
  });
});

// [text, every entity of the article with its aliases]: a prefix glued by a hyphen names the
// name after it ("anti-Islam" is Islam), and a bare title after one names no one.
const PREFIXED: [string, string[]][] = [
  ["The anti-Islam movement grew. Islam is practised by many.", ["OTHER Islam []"]],
  ["The ex-Chancellor Gerhard Schroeder spoke.", ["PERSON Gerhard Schroeder []"]],
];

describe("prefixed names", () => {
  it.each(PREFIXED)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

// [text, every entity of the article]: a demonym that names a language is the language, not
// the country; one that qualifies a noun stays the country's.
const LANGUAGES: [string, string[]][] = [
  [
    "The channel broadcasts in English, French, Spanish and Chinese.",
    [
      "OTHER English language [English]",
      "OTHER French language []",
      "OTHER Spanish language []",
      "OTHER Chinese language []",
    ],
  ],
  [
    "Tolstoy wrote in German in his diary. He loved the German language.",
    ["PERSON Tolstoy []", "OTHER German language []"],
  ],
  [
    "The French-language daily was sold in French-speaking cities. France agreed.",
    ["OTHER French language []", "COUNTRY France []"],
  ],
  ["A rise in German and French exports.", ["COUNTRY Germany [German]", "COUNTRY France [French]"]],
  ["He lives in German territory.", ["COUNTRY Germany [German]"]],
  ["The Germans agreed.", ["COUNTRY Germany [Germans]"]],
  // A noun of language after it, or a verb of speaking or translating before it.
  ["The novel came out in a Spanish translation last year.", ["OTHER Spanish language []"]],
  // Before a teacher's noun it is the subject taught or the teacher's nationality: neither is sure.
  ["As a boy he had a Spanish tutor at home.", []],
  ["She took Dutch courses in the evening.", ["OTHER Dutch language []"]],
  [
    "Her mother speaks Italian and Greek.",
    ["OTHER Italian language []", "OTHER Greek language []"],
  ],
  ["The letters were translated into Polish.", ["OTHER Polish language []"]],
  // An "and" that joins two clauses ends the list: the verb after it is no noun the word describes.
  ["She is learning German and takes German lessons twice a week.", ["OTHER German language []"]],
  [
    "He studied German and French literature in Bonn.",
    ["COUNTRY Germany [German]", "COUNTRY France [French]", "PLACE Bonn []"],
  ],
  ["He taught Italian pupils.", ["COUNTRY Italy [Italian]"]],
  // A language that is no demonym, unless a noun follows it.
  ["She is learning Swahili, because she moved.", ["OTHER Swahili language [Swahili]"]],
  [
    "Signs are written in Hindi and Urdu.",
    ["OTHER Hindi language [Hindi]", "OTHER Urdu language [Urdu]"],
  ],
  ["Arabic numerals are used.", []],
  // Nor when it starts a longer name, even at the sentence's end.
  ["Prices fell across Latin America.", ["PLACE Latin America []"]],
  // A verb of learning before a list of them, whatever follows the list.
  [
    "All pupils should learn Quechua or Aymara, the native languages.",
    ["OTHER Quechua language [Quechua]", "OTHER Aymara language [Aymara]"],
  ],
  ["In Kurdish areas the vote was calm.", []],
  // English and Welsh are no country's demonym: languages by the same rule, compounds included.
  ["She edits the English-language weekly.", ["OTHER English language [English]"]],
  ["The evening news (English) starts at noon.", ["OTHER English language [English]"]],
  ["He spoke Welsh at home.", ["OTHER Welsh language [Welsh]"]],
  ["The English team won the cup.", []],
  ["They beat the English.", []],
  ["Signs in the Welsh language went up.", ["OTHER Welsh language [Welsh]"]],
];

describe("languages", () => {
  it.each(LANGUAGES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

describe("a place the article calls a town is that place in every mention", () => {
  // [text, "TYPE name" of every entity]: invented texts.
  const rows: [string, string[]][] = [
    [
      "Leaders arrived in the Swiss mountain resort Davos. Davos itself is in deep frost.",
      ["COUNTRY Switzerland", "PLACE Davos"],
    ],
    ["Leaders met in the resort town of Davos. Davos is in deep frost.", ["PLACE Davos"]],
    // No such words: the other mentions keep their own reading.
    ["Davos said the talks were over.", ["PERSON Davos"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(analyze(text).entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(
      expected,
    );
  });
});

describe("a state body named without its state is the body of the article's country", () => {
  // [text, "TYPE name key" of the organisations]: invented texts.
  const rows: [string, string[]][] = [
    [
      "Greece asked for time. The Interior Ministry said Greece would pay.",
      ["ORGANIZATION Interior Ministry institution:GRC:interior ministry"],
    ],
    // The listed US body needs the US named, or no country at all.
    [
      "India's parliament met. The Supreme Court said India must act.",
      ["ORGANIZATION Supreme Court institution:IND:supreme court"],
    ],
    ["The Supreme Court ruled on Monday.", ["ORGANIZATION US Supreme Court org:us-supreme-court"]],
    [
      "The United States and India met. The Supreme Court said the United States must act.",
      ["ORGANIZATION US Supreme Court org:us-supreme-court"],
    ],
    // A qualified name or a body named in full elsewhere in the article is left alone.
    [
      "Greece and the European Commission met. The Commission said Greece would pay.",
      ["ORGANIZATION European Commission org:european-commission"],
    ],
    // A party family named without its country is the party of the article's country, an
    // organisation even when the tagger calls the plural name MISC.
    [
      "Austria voted on Sunday. The Greens and the Social Democrats said Austria had changed.",
      [
        "ORGANIZATION Greens party:AUT:greens",
        "ORGANIZATION Social Democrats party:AUT:social democrats",
      ],
    ],
    [
      "Sweden voted on Sunday. The Greens said Sweden had changed.",
      ["ORGANIZATION Greens party:SWE:greens"],
    ],
    // The country's listed party of that family, when the gazetteer lists exactly one.
    [
      "Germany voted on Sunday. The Greens and the Social Democrats said Germany had changed.",
      [
        "ORGANIZATION Alliance 90/The Greens org:greens-germany",
        "ORGANIZATION Social Democratic Party of Germany org:spd",
      ],
    ],
    // One country named, once: the article is about it, and a family name listed for another
    // country's party is not that party.
    [
      "In Italy the Christian Democrats ruled for decades.",
      ["ORGANIZATION Christian Democrats party:ITA:christian democrats"],
    ],
    [
      "In Brazil, the Supreme Court ruled on Monday.",
      ["ORGANIZATION Supreme Court institution:BRA:supreme court"],
    ],
    // No country named, or several named once each: whose is not known, and the name stays.
    ["The Greens won in Bremen.", ["ORGANIZATION Greens greens"]],
    [
      "Brazil and Chile met. The Supreme Court ruled on Monday.",
      ["ORGANIZATION US Supreme Court org:us-supreme-court"],
    ],
    // A British body UK news names bare is the listed one when the article names no country,
    // or names the UK beside its main country; the main country's only when the UK is not named.
    [
      "The Home Office said the rules would change.",
      ["ORGANIZATION Home Office org:uk-home-office"],
    ],
    [
      "Albania asked Britain for help. The Home Office said Albania would get it.",
      ["ORGANIZATION Home Office org:uk-home-office"],
    ],
    [
      "Figures from the ONS and the National Audit Office showed a rise.",
      [
        "ORGANIZATION Office for National Statistics org:uk-ons",
        "ORGANIZATION National Audit Office org:uk-nao",
      ],
    ],
    // A short form resolved to the body's full name follows it to the country's body.
    [
      "Greece grew, the Office for National Statistics (ONS) said. The ONS said Greece would grow.",
      [
        "ORGANIZATION Office for National Statistics institution:GRC:office for national statistics",
      ],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    const organizations = analyze(text)
      .entities.filter((entity) => entity.type === "ORGANIZATION")
      .map((entity) => `${entity.type} ${entity.name} ${entity.key}`);
    expect(organizations).toEqual(expected);
  });
});

describe("works and programmes", () => {
  // [text, "TYPE name" of every entity]: invented texts.
  const rows: [string, string[]][] = [
    ["Viewers phoned the Morning Brew show to complain.", ["OTHER Morning Brew"]],
    // The broadcaster before a programme noun that the programme's own name follows; the noun
    // describes that name and makes no project of the broadcaster's ("BBC World Service programme").
    [
      "He told the BBC World Service programme Night Talk he would stay.",
      ["ORGANIZATION BBC World Service", "OTHER Night Talk"],
    ],
    [
      "Mr Hale told Five's Kelly Lane show he would stay.",
      ["PERSON Hale", "ORGANIZATION Five", "OTHER Kelly Lane"],
    ],
    // No programme's noun after the name: the possessor is no broadcaster.
    ["Mr Hale told Five's Kelly Lane he would stay.", ["PERSON Hale", "PERSON Kelly Lane"]],
    ['Fans queued for "Silver Harbour" in Leeds.', ["OTHER Silver Harbour", "PLACE Leeds"]],
    // Awards and scriptures are no people and no places; a first name is the person's.
    [
      "Julie Brent was awarded an Oscar and two Grammys. Oscar Lind read the Koran.",
      [
        "PERSON Julie Brent",
        "OTHER Academy Awards",
        "OTHER Grammy Awards",
        "PERSON Oscar Lind",
        "OTHER Quran",
      ],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(analyze(text).entities.map((entity) => `${entity.type} ${entity.name}`)).toEqual(
      expected,
    );
  });
});

describe("a name misspelt once, in full or as the surname alone, is the person spelled right elsewhere (issue 10, kind 6)", () => {
  // [text, every entity with its aliases]: invented texts.
  const rows: [string, string[]][] = [
    [
      "Olaf Scholz spoke in Berlin. Olaf Scholz said taxes would rise. Olaf Schulz added that Scholz would stay.",
      ["PERSON Olaf Scholz [Scholz]", "PLACE Berlin []"],
    ],
    // Each full spelling once, but the surname alone backs one of them.
    [
      "Pavel Dresner met the mayor. Pavel Drezner said the talks went well. Dresner left.",
      ["PERSON Pavel Dresner [Dresner]"],
    ],
    // Each spelling once: either may be the slip, so both stay.
    [
      "Anna Berger met Anna Burger in Vienna.",
      ["PERSON Anna Berger []", "PERSON Anna Burger []", "PLACE Vienna []"],
    ],
    // Another first name is another person.
    ["Mara Lind and Mara Lind met Tomas Linde.", ["PERSON Mara Lind []", "PERSON Tomas Linde []"]],
    // A surname alone, once, one letter from the full name's: a slip, no alias.
    [
      "Pieter Vandermolen spoke in Utrecht. Vandermolen said the plan would work. Mr Vandermollen added that costs would fall.",
      ["PERSON Pieter Vandermolen [Vandermolen]", "PLACE Utrecht []"],
    ],
    // Written twice, it is a spelling of its own.
    [
      "Pieter Vandermolen spoke in Utrecht. Vandermolen said the plan would work. Later Vandermollen added that costs would fall, and Vandermollen left.",
      ["PERSON Pieter Vandermolen [Vandermolen]", "PLACE Utrecht []", "PERSON Vandermollen []"],
    ],
    // In a line-up, another player.
    [
      "Tom Horgan scored twice for Munster and Horgan was named man of the match. Replacements: Dunne, Marrin, Hayes, Fogarty, Kellan, Brody, Horgon.",
      [
        "PERSON Tom Horgan [Horgan]",
        "ORGANIZATION Munster Rugby [Munster]",
        "PERSON Dunne []",
        "PERSON Marrin []",
        "PERSON Hayes []",
        "PERSON Fogarty []",
        "PERSON Kellan []",
        "PERSON Brody []",
        "PERSON Horgon []",
      ],
    ],
    // Two full names it is a letter from: either may be meant, so neither.
    [
      "Ola Marten met Sven Martin in Oslo. Mr Martan said the talks went well.",
      [
        "PERSON Ola Marten []",
        "PERSON Sven Martin []",
        "PLACE Oslo []",
        "PERSON Martan [Mr Martan]",
      ],
    ],
    // One of them: the slip is his, whatever form of address it has.
    [
      "Ola Marten met Gustav Lindqvist in Oslo. Marten said the talks went well. Mr Martan left early.",
      ["PERSON Ola Marten [Marten]", "PERSON Gustav Lindqvist []", "PLACE Oslo []"],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

describe("a first name's short form or other spelling is the person named in full (issue 10, kind 5)", () => {
  // [text, every entity with its aliases]: invented names. The other spelling is no alias, as
  // across articles (a weak link).
  const rows: [string, string[]][] = [
    // A short form beside the full first name: the longer name, whichever comes first.
    ["Steve Garrod scored twice. Steven Garrod said he was pleased.", ["PERSON Steven Garrod []"]],
    ["Rafael Ostrom won. Rafa Ostrom said Ostrom would rest.", ["PERSON Rafael Ostrom [Ostrom]"]],
    // One letter apart, both five letters or more: the spelling the article writes first.
    [
      "Viktor Malenko won the race. Victor Malenko said the track was fast.",
      ["PERSON Viktor Malenko []"],
    ],
    // Two people the short form could be: no join.
    [
      "Dan Marsh, Daniel Marsh and Danny Marsh all played.",
      ["PERSON Dan Marsh []", "PERSON Daniel Marsh []", "PERSON Danny Marsh []"],
    ],
    // Short names a letter apart, or names that merely begin alike, are other people.
    ["Mick Harte met Nick Harte.", ["PERSON Mick Harte []", "PERSON Nick Harte []"]],
    ["Robbie Fenn and Robin Fenn sang.", ["PERSON Robbie Fenn []", "PERSON Robin Fenn []"]],
    // Another surname is another person.
    ["Steve Garrod met Steven Garrow.", ["PERSON Steve Garrod []", "PERSON Steven Garrow []"]],
    // A listed nickname: the name it stands for, whichever comes first and though no longer.
    ["Dave Corrin scored. David Corrin said he was tired.", ["PERSON David Corrin []"]],
    ["Bill Tarrant spoke. William Tarrant agreed.", ["PERSON William Tarrant []"]],
    // The nickname alone then names the person kept.
    [
      "Freddie Norcott spoke. Frederick Norcott agreed. Freddie smiled.",
      ["PERSON Frederick Norcott []"],
    ],
    ["Jimmy Tolley won. James Tolley said he was pleased.", ["PERSON James Tolley []"]],
    // A nickname of two names, two nicknames of one name, or two people it could be: no join.
    ["Sandy Breck met Alexander Breck.", ["PERSON Sandy Breck []", "PERSON Alexander Breck []"]],
    ["Bill Ashdown met Will Ashdown.", ["PERSON Bill Ashdown []", "PERSON Will Ashdown []"]],
    [
      "Dave Corrin, David Corrin and Davey Corrin all played.",
      ["PERSON Dave Corrin []", "PERSON David Corrin []", "PERSON Davey Corrin []"],
    ],
    // A nickname beside another name: two people.
    [
      "Mike Penrose met Mitchell Penrose.",
      ["PERSON Mike Penrose []", "PERSON Mitchell Penrose []"],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

describe("a nominal led by a form of address holds a person, it is not one (issue 10, kind 6)", () => {
  // [text, surface → "TYPE canonical name"]: invented names. The surname alone must stay the
  // person, never become the trip or the plan it owns, which stay of their head noun's type.
  const rows: Row[] = [
    [
      "Mr Dorrell's China trip ended on Friday.",
      {
        "Mr Dorrell": "PERSON Dorrell",
        "Mr Dorrell's China trip": "EVENT Mr Dorrell's China trip",
      },
    ],
    [
      "Mr Halvey's plan was rejected. Gordon Halvey said he would try again.",
      { "Mr Halvey": "PERSON Gordon Halvey" },
    ],
    ["Ms Brannock's battle went on.", { "Ms Brannock": "PERSON Brannock" }],
  ];
  it.each(rows)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect([surface, resolvedAs(x, surface)]).toEqual([surface, entity]);
  });
});

describe("an initial and a surname name the article's one full name that fits (issue 10, kind 5)", () => {
  // [text, every entity with its aliases]: invented names, a report and its line-up.
  const rows: [string, string[]][] = [
    [
      "Tobias Varrow scored twice. Varrow was pleased. Team: T Varrow, K Denholm.",
      ["PERSON Tobias Varrow [Varrow|T Varrow]", "PERSON K Denholm []"],
    ],
    // Two full names fit the initial: it stays apart, and "Varrow" alone means neither.
    [
      "Tobias Varrow and Tilda Varrow played. T Varrow scored. Varrow left.",
      [
        "PERSON Tobias Varrow []",
        "PERSON Tilda Varrow []",
        "PERSON T Varrow []",
        "PERSON Varrow []",
      ],
    ],
    // A surname of several words ("dal Maso") after the initial.
    [
      "Lock Marco dal Brenta scored twice. Team: M dal Brenta, K Denholm.",
      ["PERSON Marco dal Brenta [M dal Brenta]", "PERSON K Denholm []"],
    ],
    // Another initial is another person.
    ["Tobias Varrow played. G Varrow scored.", ["PERSON Tobias Varrow []", "PERSON G Varrow []"]],
    // "A" opening a sentence is the article, no initial.
    ["Tobias Varrow played. A Varrow fan cheered.", ["PERSON Tobias Varrow [Varrow]"]],
    // Read as a firm, an initial and a surname is a person's only beside a person of that surname.
    ["Shares in T Varrow rose by 5%.", ["ORGANIZATION T Varrow []"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

// [text, every entity of the article with its aliases] (issue 10, kind 5): a first name alone
// names the one full name it opens in its article, but is no alias of it, so another article's
// "Martin" (any Martin) cannot join that person by it. A surname alone still is an alias.
const GIVEN_NAMES: [string, string[]][] = [
  [
    'Coach Martin Dowdall praised the pack. "Martin has been superb," said the captain.',
    ["PERSON Martin Dowdall []"],
  ],
  [
    "Singer Jolene Marsh won the award. Jolene thanked her fans, and Marsh left early.",
    ["PERSON Jolene Marsh [Marsh]"],
  ],
  // Negative: the surname alone stays an alias, the full name keeps its other spellings.
  [
    "Hanna Vellberg spoke first. Vellberg said the deal was done.",
    ["PERSON Hanna Vellberg [Vellberg]"],
  ],
];

describe("a first name alone is no alias of the full name (issue 10, kind 5)", () => {
  it.each(GIVEN_NAMES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });

  it("still resolves the first name's mention to the full name", () => {
    const x = analyze(
      'Coach Martin Dowdall praised the pack. "Martin has been superb," said the captain.',
    );
    expect(resolvedAs(x, "Martin")).toBe("PERSON Martin Dowdall");
  });
});

// [text, surface, entity the surface's mention belongs to] (issue 10, kind 5): a royal's or a
// cleric's given name after the title is that royal, never the article's politician of that first name.
const TITLED_GIVEN_NAMES: [string, string, string][] = [
  [
    "Lib Dem leader Charles Varne attacked the plan. Prince Charles opened the hospital on Monday.",
    "Charles",
    "PERSON Prince Charles",
  ],
  [
    "Tory spokesman Michael Dorrell spoke. The daughter of ex-King Michael of Vandoria was there.",
    "Michael",
    "PERSON King Michael",
  ],
  [
    "The visit of Crown Prince Frederik pleased the mayor, Frederik Olsen.",
    "Frederik",
    "PERSON Crown Prince Frederik",
  ],
  [
    "Sheikh Hamad met Hamad Kurrani, the firm's founder, in Doha on Friday.",
    "Hamad",
    "PERSON Sheikh Hamad",
  ],
  // Not after a title: the first name is still the article's full name.
  [
    'Lib Dem leader Charles Varne attacked the plan. "Charles is right," said an aide.',
    "Charles",
    "PERSON Charles Varne",
  ],
];

describe("a royal's given name after the title is the royal (issue 10, kind 5)", () => {
  it.each(TITLED_GIVEN_NAMES)("%s", (text, surface, expected) => {
    expect(resolvedAs(analyze(text), surface)).toBe(expected);
  });

  it("reads no royal in a name's suffix after the surname King", () => {
    const x = analyze(
      "Martin Luther King Jnr spoke of a dream in 1963. Martin Luther King Jnr was shot in 1968.",
    );
    expect(x.entities.map((entity) => entity.name)).not.toContain("King Jnr");
  });
});

// [text, {surface: entity}] (issue 10, kind 4): an acronym written as a word, in brackets or
// after a comma right after the name it spells, is that name wherever the article writes it.
const WORD_ACRONYMS: [string, Record<string, string>][] = [
  [
    "The Northern Ferry Operators Association (Nfoa) met on Monday. Nfoa said fares would rise.",
    { Nfoa: "ORGANIZATION Northern Ferry Operators Association" },
  ],
  [
    "A report by the Council for Rural Housing Trusts (Crht) was published. Crht wants more homes.",
    { Crht: "ORGANIZATION Council for Rural Housing Trusts" },
  ],
  // Defined in capitals as another name than the one the gazetteer knows the acronym for.
  [
    "The hackers called themselves Dawn Of Doom (DOD). Police said DOD had ten members.",
    { DOD: "ORGANIZATION Dawn Of Doom" },
  ],
  // Two names with those initials: the one the brackets follow.
  [
    "Critics of Shared Domain Names were loud. The Shared Domain Name (SDN) system was debated and SDN won.",
    { SDN: "ORGANIZATION Shared Domain Name" },
  ],
  // Set off by a comma at the end of a clause.
  [
    "Fares are set by the Northern Ferry Operators Association, Nfoa. Nfoa said fares would rise.",
    { Nfoa: "ORGANIZATION Northern Ferry Operators Association" },
  ],
];

// [text, surface, entity name it must not join]: no brackets, or initials that do not fit.
const NOT_WORD_ACRONYMS: [string, string, string][] = [
  [
    "The Northern Ferry Operators Association met on Monday. Later Nfoa said fares would rise.",
    "Nfoa",
    "Northern Ferry Operators Association",
  ],
  [
    "The Northern Ferry Operators Association (Trenton) met on Monday.",
    "Trenton",
    "Northern Ferry Operators Association",
  ],
  // The listed body's name misspelt: the gazetteer's identity stays.
  [
    "The Department Of Defence (DOD) denied it. A DOD spokesman said so.",
    "DOD",
    "Department Of Defence",
  ],
  // A list of names: the next one spells no initials of the one before.
  [
    "Shares in Northern Ferry Operators, Nortel and Vodafone fell.",
    "Nortel",
    "Northern Ferry Operators",
  ],
];

describe("an acronym written as a word and defined in brackets (issue 10, kind 4)", () => {
  it.each(WORD_ACRONYMS)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect([surface, resolvedAs(x, surface)]).toEqual([surface, entity]);
  });

  it.each(NOT_WORD_ACRONYMS)("%s", (text, surface, name) => {
    const x = analyze(text);
    expect(resolvedAs(x, surface)).not.toContain(name);
  });
});

// [text, the entities every mention of `surface` must resolve to]: a guessed organisation written
// as the article's one listed organisation is that organisation (issue 10, kind 3).
const LISTED_NAMESAKES: [string, string, string[]][] = [
  [
    "Liverpool chief executive Rick Hollis said the striker is the future of Liverpool. Hollis joined Liverpool in 1998 from the Premier League. On Liverpool's finances, Hollis said the club is ready. The midfielder moved from Chelsea to Liverpool last season.",
    "Liverpool",
    ["ORGANIZATION Liverpool FC"],
  ],
  [
    "The midfielder joined Leeds United from Everton. The future of Leeds depends on the new owner, said the striker.",
    "Leeds",
    ["ORGANIZATION Leeds United"],
  ],
  [
    "The new rail line would run to Maidenhead, west of London, and link Heathrow to the docks. Heathrow to the centre would take 40 minutes.",
    "Heathrow",
    ["PLACE Heathrow"],
  ],
];
// A place or a person written like a club keeps its own reading.
const NOT_NAMESAKES: [string, string, string][] = [
  [
    "The striker joined Cardiff last week. He grew up in Cardiff, the capital of Wales.",
    "Cardiff",
    "PLACE",
  ],
  ["Leeds United fans protested. He grew up in Leeds, said the striker.", "Leeds", "PLACE"],
];

describe("a guessed name written as a listed organisation in the article", () => {
  it.each(LISTED_NAMESAKES)("%s", (text, surface, expected) => {
    const x = analyze(text);
    // One node: entity indices, since two nodes may carry the same name.
    const nodes = new Set(x.mentions.filter((m) => m.surface === surface).map((m) => m.entity));
    expect([...nodes].map((i) => `${x.entities[i]?.type} ${x.entities[i]?.name}`)).toEqual(
      expected,
    );
  });

  it.each(NOT_NAMESAKES)("%s", (text, surface, type) => {
    const x = analyze(text);
    const types = x.mentions
      .filter((m) => m.surface === surface)
      .map((m) => x.entities[m.entity]?.type);
    expect(types).toContain(type);
  });
});

// [text, every entity of the article]: a company's short form in the article it is named in full.
const SHORT_COMPANY_NAMES: [string, string[]][] = [
  [
    "Rival Kelmar Corporation bid too. Kelmar said it would raise the offer.",
    ["ORGANIZATION Kelmar Corporation [Kelmar]"],
  ],
  [
    "Two lenders, Standard Trust Bank and First Harbour Bank, agreed to merge. Standard Trust said profits rose.",
    ["ORGANIZATION Standard Trust Bank [Standard Trust]", "ORGANIZATION First Harbour Bank []"],
  ],
  [
    "Shares in United Bank of Africa rose. United Bank is the third biggest lender.",
    ["ORGANIZATION United Bank of Africa [United Bank]"],
  ],
  // A partnership by its first partner's name.
  [
    "An executive at insurance firm Kelmar & Harlow has pleaded guilty. Kelmar said it was saddened.",
    ["ORGANIZATION Kelmar & Harlow [Kelmar]"],
  ],
];
// Two companies the short form could name: neither takes it.
const NOT_SHORT_COMPANY_NAMES: [string, string][] = [
  ["Harlow Motors and Harlow Bank both reported. Harlow said profits rose.", "Harlow"],
  ["Kelmar & Harlow and Kelmar & Sons both reported. Kelmar said profits rose.", "Kelmar"],
  [
    "Shares in Orbital Music rose. Orbital Pictures fell. Orbital's band Greyline sold records.",
    "Orbital",
  ],
  // A name whose other words are a place is a branch of the firm, not its short name.
  ["Shares in Kelmar rose. Kelmar Europe said sales doubled in Berlin.", "Kelmar"],
  // A body, a branch or a product the word opens is not the firm: no trade word ends it.
  ["Kelmar's shares fell. The Kelmar Select Committee met on Monday.", "Kelmar"],
  ["Kelmar's shares fell after the Kelmar Portable went on sale.", "Kelmar"],
];

// [text, surface → "TYPE name"]: one word that opens the one longer organisation name of the
// article is its short name ("Orbital's band" beside "Orbital Music"); a person's name is not.
const OPENED_COMPANY_NAMES: Row[] = [
  [
    "Shares in Orbital Music rose on Monday. Orbital's band Greyline sold two million records.",
    { Orbital: "ORGANIZATION Orbital Music" },
  ],
  [
    "Shares in Cardle Energy rose. Cardle said it had found oil.",
    { Cardle: "ORGANIZATION Cardle Energy" },
  ],
  [
    "Okamura Breweries hired Kenji Okamura in May. Okamura is predicting profits to rise.",
    { Okamura: "PERSON Kenji Okamura" },
  ],
];

describe("a company's short form in the article that names it in full (issue 10, kind 4)", () => {
  it.each(SHORT_COMPANY_NAMES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });

  it.each(OPENED_COMPANY_NAMES)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect(resolvedAs(x, surface)).toBe(entity);
  });

  it.each(NOT_SHORT_COMPANY_NAMES)("%s", (text, surface) => {
    const x = analyze(text);
    const mention = x.mentions.find((m) => m.surface === surface);
    expect(mention).toBeDefined();
    expect(x.entities[mention?.entity ?? -1]?.name).toBe(surface);
  });
});

// [text, surface → "TYPE name" it resolves to]: an acronym's plural written with a lowercase
// "s" names what the acronym does, never the all-capital acronym its letters fold to.
const ACRONYM_PLURALS: Row[] = [
  [
    "The PCS union called a strike. Home PCs sold well this year, said the PCS.",
    { PCs: undefined, PCS: "ORGANIZATION PCS" },
  ],
  [
    "More GPs are needed, said the BMA. The GPS system failed.",
    { GPs: "OTHER GP", GPS: "OTHER GPS" },
  ],
  // The plural and the acronym itself are one name ("PCs" and "PC" are a common noun: none).
  ["Sales of MRIs rose. The MRI market grew.", { MRIs: "OTHER MRI", MRI: "OTHER MRI" }],
  // All capitals, or one capital: no plural of an acronym.
  ["The PCS union called a strike.", { PCS: "ORGANIZATION PCS" }],
];

describe("an acronym's plural is not the acronym its letters fold to (issue 10, kind 4)", () => {
  it.each(ACRONYM_PLURALS)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect(resolvedAs(x, surface)).toBe(entity);
  });

  it("stores no alias of the plural that folds to the acronym's letters and an S", () => {
    const x = analyze("Sales of PCs rose. The PC market grew.");
    expect(x.entities.flatMap((e) => e.aliases)).not.toContain("PCs");
  });
});

// [text, every entity with its aliases] (issue 10): a team line-up's one-word names are players,
// so the curated list of statesmen ("Powell" → Colin Powell) is not read there.
const LINE_UP_SURNAMES: [string, string[]][] = [
  [
    "Tom Horgan scored twice. Replacements: Dunne, Marrin, Powell, Fogarty, Kellan, Gallen.",
    [
      "PERSON Tom Horgan []",
      "PERSON Dunne []",
      "PERSON Marrin []",
      "PERSON Powell []",
      "PERSON Fogarty []",
      "PERSON Kellan []",
      "PERSON Gallen []",
    ],
  ],
  // Negative: in running text the listed surname still names the statesman.
  ["Powell said the talks in Cairo went well.", ["PERSON Colin Powell [Powell]", "PLACE Cairo []"]],
];

describe("a line-up's surnames are players, not listed statesmen (issue 10)", () => {
  it.each(LINE_UP_SURNAMES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

// [text, every entity with its aliases] (issue 10): one name written with other spaces, hyphens
// or capitals in one article is one entity; a name in capitals only is not the word it spells.
const SPELLING_VARIANTS: [string, string[]][] = [
  // Must join: a listed name and a guessed spelling of it.
  ["PayPal processed more payments. Paypal said fraud fell.", ["ORGANIZATION PayPal [Paypal]"]],
  [
    "JPMorgan Chase cut jobs. JP Morgan Chase said costs rose.",
    ["ORGANIZATION JPMorgan Chase [JP Morgan Chase]"],
  ],
  // Must join: two guessed spellings, the first kept on a tie.
  [
    "The RipGuard software blocks copying. Rip Guard was launched by Macrovision in May.",
    ["ORGANIZATION RipGuard [Rip Guard]", "ORGANIZATION Macrovision []"],
  ],
  [
    "The Gamecube sold well. Nintendo said the Game Cube was cheap.",
    ["OTHER Gamecube [Game Cube]", "ORGANIZATION Nintendo []"],
  ],
  // Must not join: capitals only are an acronym, not the word.
  [
    "The Who played in London. The WHO warned of flu.",
    [
      "ORGANIZATION Who [The Who]",
      "PLACE London []",
      "ORGANIZATION World Health Organization [WHO]",
    ],
  ],
  // Must not join: another letter is another name.
  [
    "Sales of the Walkman fell. Sony said the Walk Men line would end.",
    ["ORGANIZATION Sony []", "OTHER Walk Men []"],
  ],
];

describe("spellings of one name in one article (issue 10)", () => {
  it.each(SPELLING_VARIANTS)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});

// [text, every entity with its aliases] (issue 10): a rank before a surname alone names the
// article's one full name of that surname; a peer's or a pope's title leads a name of its own.
const RANKED_SURNAMES: [string, string[]][] = [
  // Must join.
  [
    "Augusto Pinochet ruled Chile until 1990. Lawyers said Gen Pinochet had hidden funds. Pinochet denies it.",
    ["PERSON Augusto Pinochet [Gen Pinochet|Pinochet]", "COUNTRY Chile []"],
  ],
  [
    "Senator Pat Leahy asked questions. Senator Leahy said the bank had failed.",
    ["PERSON Pat Leahy [Senator Leahy]"],
  ],
  [
    "Gen Tommy Franks spoke. Gen Franks said the war was won.",
    ["PERSON Tommy Franks [Gen Franks]"],
  ],
  // Must not join: two full names of the surname, a peer's title, a pope's.
  [
    "Tommy Franks and Sarah Franks arrived. Gen Franks spoke.",
    ["PERSON Tommy Franks []", "PERSON Sarah Franks []", "PERSON Franks []"],
  ],
  [
    "Lord Sainsbury spoke. Sebastien Sainsbury said nothing.",
    ["PERSON Lord Sainsbury []", "PERSON Sebastien Sainsbury []"],
  ],
  [
    "Pope Francis visited Rome. Mark Francis, a pilgrim, watched.",
    ["PERSON Pope Francis []", "PLACE Rome []", "PERSON Mark Francis []"],
  ],
];

describe("a rank and a surname (issue 10)", () => {
  it.each(RANKED_SURNAMES)("%s", (text, expected) => {
    expect(entitiesOf(analyze(text))).toEqual(expected);
  });
});
