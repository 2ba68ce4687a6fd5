import { describe, expect, it } from "vitest";
import { analyzeTitledText } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A role given with no organisation in its sentence belongs to the firm the story is about. */
const ARTICLE_ROLES: FactRow[] = [
  [
    "Zorvex Media is eyeing a move into video games. According to the Financial Times, chief operating officer Alan Pike said that Zorvex Media wants a studio. Zorvex Media has $2bn in cash. Mr Pike told the FT that prices were high.",
    ["Alan Pike WORKS_FOR Zorvex Media"],
  ],
  [
    'Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. "It was a good year," chief executive Alan Pike told Reuters. Zorvex Media will pay a dividend.',
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
  // A firm's officer rank; a bare "vice president" may be a state's and is left.
  [
    "Profits at Zorvex Media fell 10%. Zorvex Media said sales fell. The regulator said senior vice president Alan Pike had pleaded guilty. Zorvex Media will co-operate.",
    ["Alan Pike WORKS_FOR Zorvex Media"],
  ],
  [
    "Profits at Zorvex Media fell 10%. Zorvex Media said sales fell. The regulator said vice president Alan Pike had pleaded guilty. Zorvex Media will co-operate.",
    [],
    ["Alan Pike WORKS_FOR Zorvex Media"],
  ],
  // Another firm in the sentence may own the role.
  [
    'Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. Zorvex Media will pay a dividend. "It was a good year for Kestrel Bank," said chief executive Alan Pike.',
    [],
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
  // Another firm later in what the person does leaves the role the article's…
  [
    "Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. Zorvex Media will pay a dividend. Chief executive Alan Pike showed off the phone at a show held by Kestrel Bank in Paris.",
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
  // …but one right after the name owns it.
  [
    "Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. Zorvex Media will pay a dividend. Chief executive Alan Pike of Kestrel Bank said the deal was fair.",
    [],
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
];

/** In a sports story, a bare coach's role belongs to the side the story is about. */
const SIDE_ROLES: FactRow[] = [
  [
    "Liverpool are top of the league after a 2-0 win. Liverpool signed a striker on Monday. The striker was frozen out by coach Tom Hale before he left. Liverpool play next week.",
    ["Tom Hale COACHES Liverpool FC"],
  ],
  [
    "Liverpool are top of the league after a 2-0 win. Liverpool signed a striker on Monday. Fans hailed the arrival of new coach Tom Hale. Liverpool play next week.",
    ["Tom Hale COACHES Liverpool FC"],
  ],
  // A past coach, or one a word may make another side's, is left alone.
  [
    "Liverpool are top of the league after a 2-0 win. Liverpool signed a striker on Monday. The striker was frozen out by former coach Tom Hale before he left. Liverpool play next week.",
    [],
    ["Tom Hale COACHES Liverpool FC"],
  ],
  [
    'Liverpool are top of the league after a 2-0 win. Liverpool signed a striker on Monday. "We were unlucky," said a proud coach Tom Hale. Liverpool play next week.',
    [],
    ["Tom Hale COACHES Liverpool FC"],
  ],
  // A verb of thinking before a bare coach leaves the role the article's side.
  [
    "Liverpool are top of the league after a 2-0 win. Liverpool signed a striker on Monday. Former Liverpool striker Jim Cole believes coach Tom Hale must pick Ann Kerr. Liverpool play next week.",
    ["Tom Hale COACHES Liverpool FC"],
  ],
  // A side the story's relations make one, named as often as a firm that is no side.
  [
    "Westbury Group want Fulham midfielder Tom Hale. Westbury Group have made a bid for the striker. Westbury Group will talk to Fulham on Monday. Manager Carl Ruiz said Hale would stay at Fulham after the league match.",
    ["Carl Ruiz COACHES Fulham FC"],
  ],
  // "Their coach": the pronoun's side may be another one.
  [
    "Westbury Group want Fulham midfielder Tom Hale. Westbury Group have made a bid for the striker. Westbury Group will talk to Fulham on Monday. Their coach Carl Ruiz said Hale would stay at Fulham after the league match.",
    [],
    ["Carl Ruiz COACHES Fulham FC"],
  ],
  // A country that is no side in the story: the athlete's nationality.
  [
    "Greek sprinter Tom Hale missed a drugs test in Greece. Greece will hold a tribunal. The sprinter blamed coach Carl Ruiz for the missed test, and Greece will decide in a month after the match and goal penalty in the league.",
    [],
    ["Carl Ruiz COACHES Greece"],
  ],
];

/** A bare role belongs to the one body its sentence names before it, or the sentence before's subject. */
const SENTENCE_ROLES: FactRow[] = [
  [
    '"It was a strong year for Kestrel Holdings," said chief executive Tom Hale.',
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    "Kestrel Holdings cut 500 jobs on Monday. Chairman Tom Hale said the cuts were painful.",
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    'Kestrel Holdings cut 500 jobs on Monday. "We had no choice," spokesman Tom Hale said.',
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  // A role set off by commas before the name.
  [
    "Kestrel Holdings cut 500 jobs on Monday. The firm's chairman, Tom Hale, said the cuts were painful.",
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  // A list is no apposition.
  [
    "Kestrel Holdings cut 500 jobs on Monday. The panel met the chairman, Tom Hale, Ann Kerr and Jim Cole.",
    [],
    ["Tom Hale LEADER_OF Kestrel Holdings", "Ann Kerr LEADER_OF Kestrel Holdings"],
  ],
  // A party's spokesman is one of its members.
  [
    "The Liberal Democrats unveiled their plan on Monday. Spokesman Tom Hale said taxes would fall.",
    ["Tom Hale MEMBER_OF Liberal Democrats"],
    ["Tom Hale WORKS_FOR Liberal Democrats"],
  ],
  // A place after the role is the sentence's talk, not the role's body.
  [
    "The Kestrel Commission says the scheme is fairer. Chairman Tom Hale told MPs it had worked when Ulster tried it.",
    ["Tom Hale LEADER_OF Kestrel Commission"],
  ],
  // An organisation after the role may still be the role's own.
  [
    "The Kestrel Commission says the scheme is fairer. Chairman Tom Hale told MPs Nordbank Group had tried it.",
    [],
    ["Tom Hale LEADER_OF Kestrel Commission"],
  ],
  // A body after the role is the sentence's talk once the body before it is its subject.
  [
    "Kestrel Holdings wants £6m for the striker but chief executive Tom Hale said talks with Nordbank Group continue.",
    ["Tom Hale LEADER_OF Kestrel Holdings"],
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  [
    "Talks between Kestrel Holdings and Nordbank Group stalled but chairman Tom Hale said a deal was close.",
    [],
    ["Tom Hale LEADER_OF Kestrel Holdings", "Tom Hale LEADER_OF Nordbank Group"],
  ],
  // The sentence before names a partner, not its subject.
  [
    "Kestrel Holdings signed a deal with Nordbank Group on Monday. Chairman Tom Hale said it was fair.",
    [],
    ["Tom Hale LEADER_OF Kestrel Holdings", "Tom Hale LEADER_OF Nordbank Group"],
  ],
  // Two bodies in the sentence: the role may be either's.
  [
    "Kestrel Holdings and Nordbank Group agreed a deal, and chairman Tom Hale said it was fair.",
    [],
    ["Tom Hale LEADER_OF Kestrel Holdings", "Tom Hale LEADER_OF Nordbank Group"],
  ],
  // A quote carried over from the sentence before: that sentence is the speaker's words.
  [
    'Kestrel Holdings said: "Prices will rise. The market is hard," chief executive Tom Hale said.',
    [],
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
];

describe("relate: roles of the article's organisation", () => {
  it.each(ARTICLE_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: a coach of the side a sports story is about", () => {
  it.each(SIDE_ROLES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

describe("relate: roles of the sentence's organisation", () => {
  it.each(SENTENCE_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

/** "Subject TYPE Object" for every relation the rules alone read from a headline and a text. */
function titledFactsOf(title: string, text: string): string[] {
  const x = analyzeTitledText(title, text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

const NEWS_FIRM_STORY =
  'Profits at Reuters fell 5% in 2004, the group said. Reuters blamed the weak pound. Reuters will cut costs. "It was a hard year," chief executive Alan Pike said.';

describe("relate: a news organisation as the article's organisation", () => {
  it("reads roles of a news organisation the headline names", () => {
    expect(titledFactsOf("Weak pound hits Reuters", NEWS_FIRM_STORY)).toContain(
      "Alan Pike LEADER_OF Reuters",
    );
  });

  it("leaves a news organisation the headline does not name as a source", () => {
    expect(titledFactsOf("Weak pound hits profits", NEWS_FIRM_STORY)).not.toContain(
      "Alan Pike LEADER_OF Reuters",
    );
  });
});
