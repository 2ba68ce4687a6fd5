import { describe, expect, it } from "vitest";
import { analyzeText as analyze } from "../../helpers/pipeline.js";

/** "TYPE Name" of each entity of the article, in order. */
function entitiesOf(text: string): string[] {
  return analyze(text).entities.map((e) => `${e.type} ${e.name}`);
}

describe("time zones beside place names (issue 10, kind 6)", () => {
  // [schedule text, its entities]: the zone is cut from the name and the city read literally.
  const rows: [string, string[]][] = [
    [
      "Programme times: Lagos GMT +1 | Tokyo JST +9 | Madrid CET +1",
      ["PLACE Lagos", "PLACE Tokyo", "PLACE Madrid"],
    ],
    ["Repeats: Nairobi EAT +3, then Cairo EET +2.", ["PLACE Nairobi", "PLACE Cairo"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("capitals read literally after a verb of leaving or reaching (issue 10, kind 1)", () => {
  // [text, its entities]: the city named as a place, beside a capital that still speaks for its state.
  const rows: [string, string[]][] = [
    [
      "The chancellor left Paris on Monday. Moscow said nothing.",
      ["PLACE Paris", "COUNTRY Russia"],
    ],
    ["The convoy reached Kyiv at dawn.", ["PLACE Kyiv"]],
    // A capital in a list after a place word is a place too, unless a verb follows it.
    ["She studied in Paris and Athens for years.", ["PLACE Paris", "PLACE Athens"]],
    ["He flew to Berlin and Moscow said nothing.", ["PLACE Berlin", "COUNTRY Russia"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("competitions, feasts and scandals are events (issue 10, kind 8)", () => {
  // [text, the EVENT entities found in it].
  const rows: [string, string[]][] = [
    ["The Europa League draw was held in Nyon.", ["EVENT Europa League"]],
    ["They lifted the FA Cup in May.", ["EVENT FA Cup"]],
    ["Shops close on Labour Day.", ["EVENT Labour Day"]],
    // A role noun before "<Name> Day" makes a person's name, not a feast.
    ["Rovers keeper Tom Day is set to join Fulham.", []],
    ["The party chairman spoke on Labour Day.", ["EVENT Labour Day"]],
    ["The Profumo affair ended his career.", ["EVENT Profumo affair"]],
    ["The Flick scandal reached the cabinet.", ["EVENT Flick scandal"]],
    ["Crowds gathered for the Edinburgh Festival.", ["EVENT Edinburgh Festival"]],
    // Feasts named alone: one event whatever the form.
    [
      "Sales rose before Christmas and fell after Christmas Day, as in Ramadan.",
      ["EVENT Christmas", "EVENT Ramadan"],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text).filter((entity) => entity.startsWith("EVENT"))).toEqual(expected);
  });
});

describe("an alias or demonym ending a longer name is not that entity (issue 10, kinds 2 and 4)", () => {
  // [text, whether an entity of that name exists]: only the bare alias names the listed entity.
  const rows: [string, string, boolean][] = [
    ["The Social Democrats won the vote in Bremen.", "Democratic Party", false],
    ["Talks with the Free Democrats failed.", "Democratic Party", false],
    ["Leaders from Latin American states met.", "United States", false],
    ["The Democrats won the vote in Ohio.", "Democratic Party", true],
    ["On Monday American officials left.", "United States", true],
    ["Leaders from American states met.", "United States", true],
  ];
  it.each(rows)("%s → %s: %s", (text, name, expected) => {
    expect(analyze(text).entities.some((entity) => entity.name === name)).toBe(expected);
  });
});

describe("titles cut descriptors out of names (issue 10, kind 6)", () => {
  // [text, its entities]: the organisation before a title is its own entity, a title alone none.
  const rows: [string, string[]][] = [
    ["Siemens CEO Joe Kaeser met investors.", ["ORGANIZATION Siemens", "PERSON Joe Kaeser"]],
    [
      "The US Secretary of State arrived in Oslo on Monday.",
      ["COUNTRY United States", "PLACE Oslo"],
    ],
    ["Chinese President Xi Jinping spoke.", ["COUNTRY China", "PERSON Xi Jinping"]],
    // A two-word title is no title and a name: "General" here is the title's second word.
    [
      "Karl Vane, Director General of the Trade Council, spoke.",
      ["PERSON Karl Vane", "ORGANIZATION Trade Council"],
    ],
    ["Director General Karl Vane spoke.", ["PERSON Karl Vane"]],
    // A title of its own after a title is the office's name too, no person called Secretary.
    [
      "Karl Vane, Chief Secretary to the Treasury, spoke.",
      ["PERSON Karl Vane", "ORGANIZATION Treasury"],
    ],
    ["Karl Vane, the Chief Secretary, spoke.", ["PERSON Karl Vane"]],
    ["Chief Secretary Karl Vane spoke.", ["PERSON Karl Vane"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a name's head word settles its type (issue 10: mistyped organisations and places)", () => {
  // [text, an entity it must hold, one it must not].
  const rows: [string, string, string][] = [
    [
      "She studied at Tver State University for five years.",
      "ORGANIZATION Tver State University",
      "PLACE Tver State University",
    ],
    [
      "Ships docked at Korsholm Island on Friday.",
      "PLACE Korsholm Island",
      "PERSON Korsholm Island",
    ],
    [
      "The University of Tver said so.",
      "ORGANIZATION University of Tver",
      "PLACE University of Tver",
    ],
    [
      "The Catholic Church opposed the law.",
      "ORGANIZATION Catholic Church",
      "PLACE Catholic Church",
    ],
    // A dam is a place, not the body that runs it.
    [
      "The Velkaro Dam is being built on the upper reaches of the river.",
      "PLACE Velkaro Dam",
      "ORGANIZATION Velkaro Dam",
    ],
    // A region's adjective names the region, as a demonym names its country.
    ["Leaders of Latin American states met.", "PLACE Latin America", "OTHER Latin American"],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    expect(entities).toContain(present);
    expect(entities).not.toContain(absent);
  });
});

describe("a listed surname alone is the person, whatever the tagger said (issue 10, kind 5)", () => {
  it.each([["Talks between Renzi and Hollande ended.", "PERSON Francois Hollande"]])(
    "%s",
    (text, expected) => {
      expect(entitiesOf(text)).toContain(expected);
    },
  );
});

describe("recognition errors seen in relation output (issue 10)", () => {
  // [text, entities that must be there, entities that must not]; every name invented.
  const rows: [string, string[], string[]][] = [
    // A sentence-initial capital on a word news writes in lower case proves no demonym.
    [
      "Pole vaulter Anna Kowalska cleared 4.80m on Sunday.",
      ["PERSON Anna Kowalska"],
      ["COUNTRY Poland"],
    ],
    ["Kowalska beat a Pole in the final.", ["COUNTRY Poland"], []],
    // Acronyms, compounds and names listed in lower case keep their reading at the start.
    ["WHO said the outbreak was over.", ["ORGANIZATION World Health Organization"], []],
    ["Al-Qaeda claimed the attack.", ["ORGANIZATION al-Qaeda"], []],
    ["Eurozone interest rates are at 2%.", ["PLACE Eurozone"], []],
    // A title word opening an event's or a listed company's name makes no person of the rest.
    [
      "Proposals will come closer to the General Election.",
      ["EVENT General Election"],
      ["PERSON Election"],
    ],
    [
      "Talks between Fiat and General Motors stalled.",
      ["ORGANIZATION General Motors"],
      ["PERSON Motors"],
    ],
    // An acronym read as a word, in the title case some house styles use.
    [
      "Opec members met in Vienna on Monday.",
      ["ORGANIZATION OPEC"],
      ["PERSON Opec", "ORGANIZATION Opec"],
    ],
    // A name that fills a quotation is a work's title, not a place or a person.
    [
      'Blockbusters such as "Harbour Lights" drew crowds.',
      ["OTHER Harbour Lights"],
      ["PLACE Harbour Lights"],
    ],
    [
      'Critics praised the film "The Long Meadow," which opened in May.',
      ["OTHER Long Meadow"],
      ["PLACE Long Meadow"],
    ],
    // A name "starring" follows is a work's title; the actor "starring in" one, or a maker
    // named after "by", is a person.
    ["Harvey, starring James Stewart, was shown on Sunday.", ["OTHER Harvey"], ["PERSON Harvey"]],
    [
      "Tom Hanks, starring in his first comedy for years, was delighted.",
      ["PERSON Tom Hanks"],
      ["OTHER Tom Hanks"],
    ],
    [
      "A new comedy by Mike Nichols, starring Julia Roberts, opens in May.",
      ["PERSON Mike Nichols"],
      ["OTHER Mike Nichols"],
    ],
    [
      "A letter to John Smith, written by his son, was read out.",
      ["PERSON John Smith"],
      ["OTHER John Smith"],
    ],
    [
      "The band's new single Mary Jane entered the chart.",
      ["OTHER Mary Jane"],
      ["PERSON Mary Jane"],
    ],
    ["The book's author Mary Jane spoke.", ["PERSON Mary Jane"], ["OTHER Mary Jane"]],
    // Single quotes are a headline's quotation marks, not a title's.
    ["Minister rejects 'Las Vegas' jibe over casinos.", ["PLACE Las Vegas"], ["OTHER Las Vegas"]],
    // "League" names a competition in a sports story, an organisation elsewhere.
    [
      "The Latvian Gay League held a march in Riga.",
      ["ORGANIZATION Latvian Gay League"],
      ["EVENT Latvian Gay League"],
    ],
    // Followers of a faith are a group, not an organisation the tagger's capital suggested.
    [
      "Many Muslim families moved to Kassel. The Muslim community protested.",
      ["OTHER Muslims"],
      ["ORGANIZATION Muslim", "ORGANIZATION The Muslim"],
    ],
    // An event's head over the tagger's span types it; a project's or an agreement's does not.
    [
      "The Commonwealth Games open in Glasgow.",
      ["EVENT Commonwealth Games"],
      ["ORGANIZATION Commonwealth Games"],
    ],
    [
      "The UN Development Programme said aid was short.",
      ["ORGANIZATION UN Development Programme"],
      ["OTHER UN Development Programme"],
    ],
    [
      "The Business Software Alliance said piracy rose.",
      ["ORGANIZATION Business Software Alliance"],
      ["AGREEMENT Business Software Alliance"],
    ],
    // Lower-case "games" after a product are products, not an event.
    ["Gamers bought Xbox games in December.", [], ["EVENT Xbox games"]],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("a lower-case league outside sport names nothing", () => {
  it("leaves the phrase out", () => {
    expect(entitiesOf("Exports to the German league of cities rose.")).toEqual(["COUNTRY Germany"]);
  });
});

describe("a common word opening a sentence is no name, whatever type the tagger gave it", () => {
  // [text, the entity names of the article]: invented texts. A word the article also capitalises
  // inside a sentence is a name there, so it stays one at a sentence's start.
  const rows: [string, string[]][] = [
    ["Born in 1950, he moved to Vienna later.", ["PLACE Vienna"]],
    ["Pia Brannock spoke first. Brannock said so.", ["PERSON Pia Brannock"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("an article's credits make no mentions", () => {
  // [text, the entity names of the article]: invented texts.
  const rows: [string, string[]][] = [
    ["Austria agreed on Monday. tj/cmk (AFP, dpa)", ["COUNTRY Austria"]],
    ["Austria agreed on Monday. ab/cd (Reuters)", ["COUNTRY Austria"]],
    [
      "Austria agreed on Monday. Author: Pia Brannock (dpa, Reuters) Editor: Tomas Varga",
      ["COUNTRY Austria"],
    ],
    // One source alone with no staff initials before it is news, not a credit.
    [
      "Austria met Hungary (and Slovakia)",
      ["COUNTRY Austria", "COUNTRY Hungary", "COUNTRY Slovakia"],
    ],
    // Credits only close an article: the same names earlier are news.
    [
      "Reuters and AFP reported that Austria agreed.",
      ["ORGANIZATION Reuters", "ORGANIZATION Agence France-Presse", "COUNTRY Austria"],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a calling or a kinship only people have names a person before a name (issue 10: mistyped people)", () => {
  // [text, its entities]: invented sentences.
  const rows: [string, string[]][] = [
    ["He admired the French philosopher Montesquieu.", ["COUNTRY France", "PERSON Montesquieu"]],
    ["Fans cheered the singer Velvora in Leeds.", ["PERSON Velvora", "PLACE Leeds"]],
    // A kinship noun is as sure a sign as a calling.
    ["His niece Isabel Varga is a famous writer.", ["PERSON Isabel Varga"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a treaty or event followed by an organisation's head is part of the organisation's name (issue 10, kind 7)", () => {
  // [text, its entities]: invented sentences.
  const rows: [string, string[]][] = [
    [
      "The Collective Security Treaty Organization met.",
      ["ORGANIZATION Collective Security Treaty Organization"],
    ],
    [
      "The North Atlantic Treaty Organization met in Brussels.",
      ["ORGANIZATION NATO", "PLACE Brussels"],
    ],
    ["The Kyoto Protocol expires soon.", ["AGREEMENT Kyoto Protocol"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a party member's adjective before a title or name is no entity (issue 10, kind 6)", () => {
  // [text, its entities]: invented sentences.
  const rows: [string, string[]][] = [
    ["Social Democrat leader Anna Brenner resigned.", ["PERSON Anna Brenner"]],
    ["The Social Democrat leader resigned.", []],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a name after a publication noun is a news outlet (issue 10: mistyped organisations)", () => {
  // [text, its entities]: invented sentences.
  const rows: [string, string[]][] = [
    [
      'Anna Kovou, an editor of the newspaper "To Pelagos," agreed.',
      ["PERSON Anna Kovou", "ORGANIZATION Pelagos"],
    ],
    ["The daily Kathimerini reported it first.", ["ORGANIZATION Kathimerini"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a workplace after a calling and 'at' is an organisation (issue 14, tech)", () => {
  // [text, its entities]: an unlisted name a person works at is typed as the employer it is.
  const rows: [string, string[]][] = [
    [
      '"Attacks are rising," said Tom Hale, chief security architect at Velmora.',
      ["PERSON Tom Hale", "ORGANIZATION Velmora"],
    ],
    [
      "Tom Hale, a security expert at Drexton, said the attacks hit sites.",
      ["PERSON Tom Hale", "ORGANIZATION Drexton"],
    ],
    [
      "Tom Hale, a senior analyst at Brackwell, said sales fell.",
      ["PERSON Tom Hale", "ORGANIZATION Brackwell"],
    ],
    // "in" names where the person is; "at" without a calling is a place's preposition.
    [
      "Tom Hale, a senior analyst in Brackwell, said sales fell.",
      ["PERSON Tom Hale", "PLACE Brackwell"],
    ],
    ["The architect arrived at Brackwell on Monday.", ["PLACE Brackwell"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a name a firm calling belongs to is an organisation (issue 14, tech)", () => {
  // [text, its entities]: "chief executive of", "a spokesman for", a possessive or a name before the calling.
  const rows: [string, string[]][] = [
    [
      "Tom Hale, chief executive of Velmora, said the attacks were rising.",
      ["PERSON Tom Hale", "ORGANIZATION Velmora"],
    ],
    [
      "Tom Hale, a spokesman for Velmora, said the attacks were rising.",
      ["PERSON Tom Hale", "ORGANIZATION Velmora"],
    ],
    [
      "Velmora's chief executive Tom Hale said the attacks were rising.",
      ["ORGANIZATION Velmora", "PERSON Tom Hale"],
    ],
    [
      "Velmora chief executive Tom Hale said the attacks were rising.",
      ["ORGANIZATION Velmora", "PERSON Tom Hale"],
    ],
    // A description, a compound or a longer name's tail is not the firm. ("Nordic" is an
    // adjective here: the GloVe tagger reads it MISC, as CoNLL does, and keeps no place of it.)
    [
      "Tom Hale, chief executive of Nordic operator Velmora, said so.",
      ["PERSON Tom Hale", "ORGANIZATION Velmora"],
    ],
    [
      "Tom Hale, managing director of Aberdeen-based consultancy Velmora, said so.",
      ["PERSON Tom Hale", "PLACE Aberdeen", "ORGANIZATION Velmora"],
    ],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a name glued to a lowercase word", () => {
  // [text, an entity]: an adjective's word ("-based", "-led") is cut from the name; a syllable of
  // a hyphenated given name ("Moo-hyun") is part of it (one that is also an English word, "Tae-sung",
  // is still cut).
  it.each([
    ["The Aachen-based firm said profits rose.", "PLACE Aachen"],
    ["Kim Tae-hyun, governor of the Velmora Bank, spoke.", "PERSON Kim Tae-hyun"],
    ['"Growth will slow," said Lee Hae-chan, the prime minister.', "PERSON Lee Hae-chan"],
  ])("%s", (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
  });
});

describe("a demonym the article always writes before an organisation opens its name (issue 14: cut names)", () => {
  // [text, entities present, entities absent]
  const rows: [string, string[], string[]][] = [
    [
      "Shares in Danish Re fell 2%. Danish Re's spokesman Jens Holm said costs would rise.",
      ["ORGANIZATION Danish Re"],
      ["ORGANIZATION Re"],
    ],
    [
      '"It is too early," Swiss Ra\'s spokesman Hans Blum told reporters. Shares in Swiss Ra fell.',
      ["ORGANIZATION Swiss Ra"],
      ["ORGANIZATION Ra"],
    ],
    // A person the tagger never reads as an organisation after the demonym stays a person.
    [
      "Swiss Roger Marr won the final. Fans cheered Swiss Roger Marr.",
      ["PERSON Roger Marr"],
      ["PERSON Swiss Roger Marr", "ORGANIZATION Swiss Roger Marr"],
    ],
    // Written alone elsewhere, the name is the organisation and the demonym describes it.
    [
      "The Italian Parmalat said profits rose. Parmalat is based in Parma.",
      ["ORGANIZATION Parmalat"],
      ["ORGANIZATION Italian Parmalat"],
    ],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("an elided particle glued to a name's last word is the name's (issue 14: cut names)", () => {
  // [text, entities present, entities absent]
  const rows: [string, string[], string[]][] = [
    [
      "The crowd included former French president Marcel Lavaud d'Arvenne and his wife.",
      ["PERSON Marcel Lavaud d'Arvenne"],
      ["PERSON Marcel Lavaud"],
    ],
    [
      "Title line\n\nFormer French president Henri Malvoisin d'Argeac said so. Later Malvoisin d'Argeac left.",
      ["PERSON Henri Malvoisin d'Argeac"],
      ["PERSON Henri Malvoisin", "PERSON d'Argeac"],
    ],
    // Particles spelt apart are the tagger's already; a lower-case word after a name is not one.
    ["Rodrigo de la Serna met Anna Holt d'accord.", ["PERSON Rodrigo de la Serna"], []],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("a month or weekday after a time phrase's opener is cut from the name (issue 10)", () => {
  // [text, its entities]: the calendar word ends the time phrase (the span is tested; the type is
  // the tagger's); after other words it may open a name.
  const rows: [string, string[]][] = [
    // "Zelnet launched its own network": "its" makes the lone name a firm's (lone-names.ts).
    ["The service ran until January Zelnet launched its own network.", ["ORGANIZATION Zelnet"]],
    ["Until January Zelnet ran the only network.", ["PERSON Zelnet"]],
    ["She married June Carvell in 1968.", ["PERSON June Carvell"]],
    // The GloVe tagger reads none of these names: the capitals after the calendar word are one
    // it missed, but a body's word after it opens none.
    ["In March Parliament voted on the bill.", []],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("an MEP is an office, not a word of the name beside it (issue 10)", () => {
  // [text, its entities]: the party ends before the title; the person starts after it.
  const rows: [string, string[]][] = [
    [
      "Ann Terrow, a Northern Unity Party MEP, spoke.",
      ["PERSON Ann Terrow", "ORGANIZATION Northern Unity Party"],
    ],
    ["Green MEP Jean Lambrell spoke.", ["ORGANIZATION Green", "PERSON Jean Lambrell"]],
    // The letters after a lone name with no name after them are the person's own.
    ["The vote was lost, Hale MP said.", ["PERSON Hale"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });
});

describe("a name its apposition defines as a capital or a place noun is a place", () => {
  // [text, entities present, entities absent]: "Kazan" tagged MISC looks like an adjective ("-an").
  const rows: [string, string[], string[]][] = [
    ["Kazan, the capital of Tatarstan, hosted the meeting.", ["PLACE Kazan"], []],
    // Defined by no place noun: the tagger's type stands.
    ["The Velmarian, the pride of the fleet, sailed.", [], ["PLACE Velmarian"]],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("a name owning a firm calling in the possessive is an organisation", () => {
  // [text, entities present, entities absent]: the GloVe tagger leaves "Globex" untagged and
  // calls "Vexaphone" a person.
  const rows: [string, string[], string[]][] = [
    ["He met Globex's chief executive Jo Bell.", ["ORGANIZATION Globex"], []],
    ["Globex's former chief executive Jo Bell agreed.", ["ORGANIZATION Globex"], []],
    [
      "Tom Hale, Vexaphone's head of research, said the market was weak.",
      ["ORGANIZATION Vexaphone"],
      ["PERSON Vexaphone"],
    ],
    // A person has a head of policy; a lowercase word is no firm.
    ["Tom Hale, Brown's head of policy, said so.", ["PERSON Brown"], ["ORGANIZATION Brown"]],
    ["Its chief executive Jo Bell agreed.", ["PERSON Jo Bell"], ["ORGANIZATION Its"]],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const entities = entitiesOf(text);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
