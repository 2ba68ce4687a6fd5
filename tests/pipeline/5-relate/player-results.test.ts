import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** One player over another, past the words describing the loser (sentences written for these tests). */
const RESULTS: FactRow[] = [
  ["Marta Lind beat compatriot Anna Berg in the final.", ["Marta Lind DEFEATED Anna Berg"]],
  [
    "Piotr Halas reached the semi-finals with an easy 6-1 6-2 win over seventh seed Luis Moreno.",
    ["Piotr Halas DEFEATED Luis Moreno"],
  ],
  [
    "Rosa Tamm continued her rise with victory over US Open champion Olga Petrenko.",
    ["Rosa Tamm DEFEATED Olga Petrenko"],
  ],
  [
    "Serbia's Ana Kovac took her first title with a straight-sets victory over Hungarian Eva Farkas.",
    ["Ana Kovac DEFEATED Eva Farkas"],
  ],
  [
    "Teodor Lenz battled to a 6-7 (3-7) 6-3 6-3 win over seventh seed Jorge Salas.",
    ["Teodor Lenz DEFEATED Jorge Salas"],
  ],
  [
    "Pedro Alves kept the title by beating four-times finalist Lars Dahl in three sets.",
    ["Pedro Alves DEFEATED Lars Dahl"],
  ],
  [
    "Ramon Ibarra rallied to beat unseeded Jonas Falk and reach the last eight.",
    ["Ramon Ibarra DEFEATED Jonas Falk"],
  ],
  [
    "Greta Holm lost to qualifier Jana Vesela in the first round.",
    ["Jana Vesela DEFEATED Greta Holm"],
  ],
  [
    "Second seed Ivo Brand suffered a comprehensive defeat by Karl Weber in the quarter-finals.",
    ["Karl Weber DEFEATED Ivo Brand"],
  ],
  [
    "Lena Ruiz was speaking after a 6-2 5-7 6-2 loss to world number six Irina Volkova.",
    ["Irina Volkova DEFEATED Lena Ruiz"],
  ],
  // A score between "lost" and "to".
  [
    "Greta Holm lost 6-4 7-6 (7-2) to qualifier Jana Vesela on Tuesday.",
    ["Jana Vesela DEFEATED Greta Holm"],
  ],
  // The winner before an aside, or opening a clause of its own.
  ["Ivo Brand, the 2001 champion, beat Karl Weber 6-3 6-2.", ["Ivo Brand DEFEATED Karl Weber"]],
  [
    "Ivo Brand, meanwhile, upset second seed Karl Weber in three sets.",
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  [
    "Greta Holm, who split from coach Nora Lund last year, lost to Jana Vesela in Paris.",
    ["Jana Vesela DEFEATED Greta Holm"],
  ],
  [
    "Norway lead 1-0 after Ivo Brand beat Karl Weber in the opening rubber.",
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  ["Ivo Brand, 32, beat Karl Weber 6-4 6-4.", ["Ivo Brand DEFEATED Karl Weber"]],
  ["Ivo Brand, 32, has never beaten Karl Weber.", [], ["Ivo Brand DEFEATED Karl Weber"]],
  // An aside naming another person, a hedged aside or a hoped-for clause: no result.
  [
    "Ivo Brand, Petr Novak, beat Karl Weber.",
    [],
    ["Ivo Brand DEFEATED Karl Weber", "Petr Novak DEFEATED Karl Weber"],
  ],
  ["Norway hope to lead after Ivo Brand beats Karl Weber.", [], ["Ivo Brand DEFEATED Karl Weber"]],
  [
    "Ivo Brand, who will return next week, hopes to beat Karl Weber.",
    [],
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  // The other side unnamed: the named player took part in the event after the result.
  [
    "The only let-down was a third-round loss to Pavel Drozd at the French Open.",
    ["Pavel Drozd PARTICIPATED_IN French Open"],
  ],
  [
    "He hopes for a win over Pavel Drozd at the French Open.",
    [],
    ["Pavel Drozd PARTICIPATED_IN French Open"],
  ],
  // "defeat" as an infinitive after "to", not the noun.
  [
    "Ivo Brand saved a match point before fighting back to defeat Polish rival Karl Weber 4-6 7-6 6-4.",
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  [
    "Ivo Brand came from two sets down to overcome Karl Weber in the first round.",
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  [
    "Ivo Brand slumped to defeat against Karl Weber in Rome.",
    [],
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  ["Ivo Brand is aiming to defeat Karl Weber next week.", [], ["Ivo Brand DEFEATED Karl Weber"]],
  [
    "Ivo Brand will meet Petr Novak after the second seed survived a tie-break to defeat Karl Weber 6-1 7-6.",
    [],
    ["Ivo Brand DEFEATED Karl Weber"],
  ],
  // Hoped for or denied: no result.
  ["Ivo Brand is aiming to beat Karl Weber next week.", [], ["Ivo Brand DEFEATED Karl Weber"]],
  ["Ivo Brand failed to beat Karl Weber in Rome.", [], ["Ivo Brand DEFEATED Karl Weber"]],
  ["Ivo Brand has never lost to Karl Weber.", [], ["Karl Weber DEFEATED Ivo Brand"]],
];

describe("player results", () => {
  it.each(RESULTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
