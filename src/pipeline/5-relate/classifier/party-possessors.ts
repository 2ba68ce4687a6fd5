/**
 * "The pact collapsed over the Tory leader's own role, prompting the Queen to ask Ian Dorley
 * to form a government": a party post named as a possessor ("the Tory leader's")
 * describes its own holder, the one who owns what follows. It is no evidence that another person
 * the sentence names belongs to the party.
 */
import { PARTY_OFFICER_HEADS } from "../../model/lexicons/party-briefs.js";
import type { DocumentView, MentionView } from "./candidates.js";

/** The possessive's tokens. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "’s"]);

/** Whether the party's mention opens a possessor post: "Conservative leader's", "Tory chairman's". */
function opensPossessorPost(view: DocumentView, mention: MentionView): boolean {
  const words = view.symbols[mention.sentence] ?? [];
  return (
    PARTY_OFFICER_HEADS.has(words[mention.tokenEnd] ?? "") &&
    POSSESSIVE_MARKS.has(words[mention.tokenEnd + 1] ?? "")
  );
}

/**
 * Whether every mention of `party` in the sentences `shared` (those naming the person too) opens a
 * possessor post: the person is then never named beside the party as one of its own.
 */
export function isPartyOnlyAsPossessorPost(
  view: DocumentView,
  party: number,
  shared: readonly number[],
): boolean {
  const sentences = new Set(shared);
  const mentions = (view.byEntity[party] ?? []).filter((mention) =>
    sentences.has(mention.sentence),
  );
  return mentions.length > 0 && mentions.every((mention) => opensPossessorPost(view, mention));
}
