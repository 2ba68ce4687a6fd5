import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** In a sports story, a bare coach or captain belongs to the side the sentence (or the one before) is about. */
const SENTENCE_SIDE_ROLES: FactRow[] = [
  [
    "Ireland struggled in the opening half of the match and were indebted to skipper Tom Hale, who scored two tries. The fly-half kicked a penalty and the flanker won the lineout in the victory.",
    ["Tom Hale PLAYS_FOR Ireland"],
  ],
  [
    "Ireland were hard done by in the match as captain Tom Hale had his back to the play. The fly-half kicked a penalty and the flanker won the lineout after the defeat.",
    ["Tom Hale PLAYS_FOR Ireland"],
  ],
  // The sentence before is about the side and this one names no body.
  [
    "Liverpool slipped to a third defeat of the season in the league on Saturday. Manager Tom Hale said the striker and the goalkeeper had let in a soft goal.",
    ["Tom Hale COACHES Liverpool FC"],
  ],
  // A position opening the sentence after one about the side: a player of that side.
  [
    "Liverpool staged a grand finale to the season at Anfield on Saturday. Captain and goalkeeper Tom Hale was presented with the trophy on the pitch after the match.",
    ["Tom Hale PLAYS_FOR Liverpool FC"],
  ],
  [
    "Liverpool slipped to a third defeat of the season in the league on Saturday. Goalkeeper Tom Hale let in a soft goal from a corner.",
    ["Tom Hale PLAYS_FOR Liverpool FC"],
  ],
  // A position inside the sentence may be the other side's; another body in the sentence may own it.
  [
    "Liverpool slipped to a third defeat of the season in the league on Saturday, undone by a late goal from striker Tom Hale.",
    [],
    ["Tom Hale PLAYS_FOR Liverpool FC"],
  ],
  [
    "Liverpool slipped to a third defeat of the season in the league on Saturday. Striker Tom Hale scored twice for Everton in the match.",
    [],
    ["Tom Hale PLAYS_FOR Liverpool FC"],
  ],
  // "national coach": the one country the sentence names, in any story.
  [
    "Spain's football federation has begun action against national coach Tom Hale over his comments.",
    ["Tom Hale COACHES Spain"],
  ],
  [
    "Spain's football federation has begun action against former national coach Tom Hale over his comments.",
    [],
    ["Tom Hale COACHES Spain"],
  ],
  [
    "Spain's football federation has begun action against national coach Tom Hale over his comments about France.",
    [],
    ["Tom Hale COACHES Spain"],
  ],
  // A describing word may make the role another's: a past skipper, an assistant.
  [
    "Ireland struggled in the opening half of the match and were let down by former skipper Tom Hale, who missed two tackles. The fly-half kicked a penalty and the flanker won the lineout.",
    [],
    ["Tom Hale PLAYS_FOR Ireland"],
  ],
  [
    "Liverpool slipped to a third defeat of the season in the league on Saturday. Assistant manager Tom Hale said the striker and the goalkeeper had let in a soft goal.",
    [],
    ["Tom Hale COACHES Liverpool FC"],
  ],
  // Another side named between the subject and the role may own it.
  [
    "Ireland lost to Wales in the match despite two tries from captain Tom Hale. The fly-half kicked a penalty and the flanker won the lineout in the defeat.",
    [],
    ["Tom Hale PLAYS_FOR Ireland national team"],
  ],
];

describe("bare side roles of a sentence's side", () => {
  it.each(SENTENCE_SIDE_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
