import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

/** Who a verb's object is when a role phrase comes first: the person, not the role. */
const ROLE_LED_OBJECTS: FactRow[] = [
  [
    "Gordon Hale accused shadow chancellor Tom Varga of plotting cuts.",
    ["Gordon Hale ACCUSES Tom Varga"],
  ],
  [
    "Ann Kerr blamed her former coach Ivan Petrov for the missed test.",
    ["Ann Kerr ACCUSES Ivan Petrov"],
  ],
  // A role phrase with no name after it names no one.
  [
    "Gordon Hale accused the shadow chancellor of plotting cuts, Tom Varga said.",
    [],
    ["Gordon Hale ACCUSES Tom Varga"],
  ],
];

/** The name closing an apposition between commas is the verb's subject. */
const APPOSED_SUBJECTS: FactRow[] = [
  [
    "On Monday, the firm's administrator, turnaround expert Enrico Vanti, sued Zorbex Bank for damages.",
    ["Enrico Vanti ACCUSES Zorbex Bank"],
  ],
  [
    "But the Liberal Democrats' home affairs spokesman, Mark Oaten, accused Tom Varga of avoiding the issue.",
    ["Mark Oaten ACCUSES Tom Varga"],
  ],
  // A phrase after a preposition stands aside without being the subject.
  [
    "The lawsuit, filed in Zorbex County Court, also accuses Tom Varga of negligence.",
    [],
    ["Zorbex County Court ACCUSES Tom Varga"],
  ],
  [
    "Jo Bell, for the Green Party, accused Tom Varga of ducking tough choices.",
    [],
    ["Green Party ACCUSES Tom Varga"],
  ],
];

/** Talks and meetings held, had, or being in. */
const TALKS: FactRow[] = [
  ["Ms Vanti had talks with Mr Varga in October about a job.", ["Vanti MET_WITH Varga"]],
  [
    "Zorbex Motors is in talks with French carmaker Vexon Auto about a possible alliance.",
    ["Zorbex Motors NEGOTIATES_WITH Vexon Auto"],
  ],
  [
    "Zorbex Motors is not in talks with Vexon Auto, a spokesman said.",
    [],
    ["Zorbex Motors NEGOTIATES_WITH Vexon Auto"],
  ],
  // "since" after a name never makes it a modifier of the words after it.
  [
    "Zorbex Group held its third meeting with Vexon Holdings since December.",
    ["Zorbex Group MET_WITH Vexon Holdings"],
  ],
  [
    "Zorbex Group bosses have held talks with Vexon Holdings.",
    ["Zorbex Group NEGOTIATES_WITH Vexon Holdings"],
  ],
];

/** Visits in the progressive, around an adverb set off by commas, and visits to a person. */
const VISITS: FactRow[] = [
  [
    "Mr Hale, meanwhile, is visiting Tanzania and Kenya to highlight the plight of farmers.",
    ["Hale VISITED Tanzania", "Hale VISITED Kenya"],
  ],
  // A visit to a person is a meeting, not a place visited.
  [
    "Climate change was discussed when senator Tom Varga recently visited Mr Hale.",
    ["Tom Varga MET_WITH Hale"],
    ["Tom Varga VISITED Hale"],
  ],
  // A person's country travelled to is the place visited, not a meeting with the person.
  [
    "Tom Varga once travelled to Ivan Petrov's Uganda to plead for a prisoner.",
    [],
    ["Tom Varga MET_WITH Ivan Petrov"],
  ],
  // "visiting" describing a noun states no visit.
  ["The visiting Kenyan delegation met Tom Varga in Tanzania.", [], ["Tom Varga VISITED Tanzania"]],
];

/** A party's MPs speak as the party. */
const GROUP_SUBJECTS: FactRow[] = [
  [
    "Labour MPs have angrily criticised Tom Varga amid reports of a rift.",
    ["Labour Party CRITICIZES Tom Varga"],
  ],
];

/** Backing stated in one hyphenated word, and results tipped rather than backed. */
const BACKING: FactRow[] = [
  ["The US-backed candidate Tom Varga won the vote.", ["United States SUPPORTS Tom Varga"]],
  // The compound's name is no side of a contest.
  [
    "Ivan Petrov defeated Ukraine-backed candidate Tom Varga at the polls.",
    [],
    ["Ivan Petrov DEFEATED Ukraine"],
  ],
  [`Jo Bell backed Wales to win the title. ${SPORT_STORY_WORDS}`, [], ["Jo Bell SUPPORTS Wales"]],
  ["Jo Bell backed Tom Varga in the leadership vote.", ["Jo Bell SUPPORTS Tom Varga"]],
  // Backing a person's stance or plan is backing the person.
  ["Tom Varga's plan was backed by Jo Bell on Monday.", ["Jo Bell SUPPORTS Tom Varga"]],
  ["Tom Varga's plan was backed by Bell's deputy Ann Kerr.", [], ["Bell SUPPORTS Tom Varga"]],
];

/** Penalties imposed: fines and bans, with their amount or length before the one imposing them. */
const PENALTIES: FactRow[] = [
  [
    "Back in May, Zorbex and its former chief Tom Varga were each fined 1m euros ($1.3m; £690,000) by the Vexon Authority.",
    ["Vexon Authority SANCTIONS Tom Varga"],
  ],
  [
    "Ivan Petrov was also banned for two years by the Athletics Union.",
    ["Athletics Union SANCTIONS Ivan Petrov"],
  ],
  [
    "The Athletics Union suspended Ivan Petrov on Monday.",
    ["Athletics Union SANCTIONS Ivan Petrov"],
  ],
  // A ban hoped for, or a name after a clause break, is no penalty by that body.
  [
    "The Athletics Union could ban Ivan Petrov next month.",
    [],
    ["Athletics Union SANCTIONS Ivan Petrov"],
  ],
  [
    "Ivan Petrov was banned for two years, the Athletics Union said.",
    [],
    ["Athletics Union SANCTIONS Ivan Petrov"],
  ],
  // A second clause with its own passive has its own agent.
  [
    "Defender Ivan Petrov is suspended and could be replaced by Tom Varga.",
    [],
    ["Tom Varga SANCTIONS Ivan Petrov"],
  ],
  // A name qualifying the agent, or owning what was penalised, is neither side.
  [
    "Vexon Group was banned from the auction by a Kenya court injunction.",
    [],
    ["Kenya SANCTIONS Vexon Group"],
  ],
  [
    "Tom Varga has suspended Zorbex's local association for a month.",
    [],
    ["Tom Varga SANCTIONS Zorbex"],
  ],
];

/** Firms bought, listed after their kind or by a described buyer. */
const PURCHASES: FactRow[] = [
  [
    "Zorbex has also bought firms such as Vexon Media and Qualia Labs.",
    ["Zorbex ACQUIRED Vexon Media", "Zorbex ACQUIRED Qualia Labs"],
  ],
  [
    "Vexon Media was bought by drinks giant Zorbex Group last year.",
    ["Zorbex Group ACQUIRED Vexon Media"],
  ],
  // A stake in firms of a kind is no purchase of them.
  [
    "Zorbex has also bought stakes in firms such as Vexon Media and Qualia Labs.",
    [],
    ["Zorbex ACQUIRED Vexon Media"],
  ],
];

/** Each table with the label its rows are reported under. */
const TABLES: [label: string, rows: FactRow[]][] = [
  ["role-led object", ROLE_LED_OBJECTS],
  ["apposed subject", APPOSED_SUBJECTS],
  ["talks", TALKS],
  ["visits", VISITS],
  ["group subject", GROUP_SUBJECTS],
  ["backing", BACKING],
  ["penalties", PENALTIES],
  ["purchases", PURCHASES],
];

describe("interactions stated around role phrases, appositions and light verbs", () => {
  for (const [label, rows] of TABLES)
    it.each(rows)(`${label}: %s`, (input, expected, absent) =>
      expectRuleFacts(input, expected, absent),
    );
});
