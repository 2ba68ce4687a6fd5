/** Relations and co-occurrence from resolved mentions. */
import type { Resolution } from "../4-resolve/resolve.js";
import type { CoOccurrence, ExtractedRelation, Sentence } from "../types.js";

/** Co-occurrence is counted among at most this many entities of one sentence (lists of names). */
const MAX_ENTITIES_PER_SENTENCE = 30;

const TYPE_BY_ROLE = { LEADER: "LEADER_OF", POSITION: "HOLDS_POSITION", MEMBER: "MEMBER_OF" } as const;

/** Typed relations found in the article and the sentence-level co-occurrence counts. */
export interface Relating {
  relations: ExtractedRelation[];
  coOccurrences: CoOccurrence[];
}

function evidenceFor(text: string, sentence: Sentence, start: number, end: number) {
  return {
    sentenceIndex: sentence.index,
    sentence: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    start,
    end,
    eventDate: null,
  };
}

/** "Chinese President Xi Jinping" → Xi LEADER_OF China; "Finnish Foreign Minister ..." → HOLDS_POSITION. */
function relateTitles(text: string, sentences: Sentence[], resolution: Resolution): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  resolution.mentions.forEach((mention, index) => {
    const title = resolution.candidates[index]?.title;
    if (!title?.of) return;
    const sentence = sentences[mention.sentenceIndex];
    if (!sentence) return;
    // The qualifier is itself a mention ("Chinese" → China) inside the title's span.
    const ofMention = resolution.mentions.find(
      (other) => other.sentenceIndex === mention.sentenceIndex && other.start >= title.start && other.end <= title.end,
    );
    const ofEntity =
      ofMention?.entity ??
      resolution.entities.findIndex((entity) => title.of?.key !== undefined && entity.key === title.of.key);
    if (ofEntity === undefined || ofEntity < 0 || ofEntity === mention.entity) return;
    relations.push({
      subject: mention.entity,
      object: ofEntity,
      type: TYPE_BY_ROLE[title.role],
      predicate: title.title,
      confidence: 0.9,
      attributes: { title: title.title },
      evidence: evidenceFor(text, sentence, Math.min(title.start, mention.start), Math.max(title.end, mention.end)),
    });
  });
  return relations;
}

/** Entity pairs named in one sentence, counted over the article. */
function countCoOccurrences(resolution: Resolution): CoOccurrence[] {
  const bySentence = new Map<number, Set<number>>();
  for (const mention of resolution.mentions) {
    const set = bySentence.get(mention.sentenceIndex) ?? new Set<number>();
    set.add(mention.entity);
    bySentence.set(mention.sentenceIndex, set);
  }
  const counts = new Map<string, CoOccurrence>();
  for (const set of bySentence.values()) {
    const entities = [...set].sort((a, b) => a - b).slice(0, MAX_ENTITIES_PER_SENTENCE);
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const a = entities[i] as number;
        const b = entities[j] as number;
        const key = `${a}:${b}`;
        const entry = counts.get(key) ?? { a, b, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()];
}

/** Finds typed relations (with evidence) and co-occurrences in a resolved article. */
export function relateEntities(text: string, sentences: Sentence[], resolution: Resolution): Relating {
  return {
    relations: relateTitles(text, sentences, resolution),
    coOccurrences: countCoOccurrences(resolution),
  };
}
