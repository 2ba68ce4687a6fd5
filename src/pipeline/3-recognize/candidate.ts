/** The recognize stage's output: typed candidate mentions, before resolution into entities. */
import type { EntityType } from "../../domain/vocabulary.js";

/** How a candidate was recognised. */
export type CandidateSource = "tagger" | "gazetteer" | "nominal";

/** A title of office found next to a person's name ("Chinese President", "Secretary of State"). */
export interface CandidateTitle {
  title: string;
  role: "LEADER" | "POSITION" | "MEMBER";
  /** The country or organisation the title names, when the text names one (or the title implies). */
  of?: { key: string; canonical: string; type: EntityType };
  /** Character span of the title (with its qualifier) in the article text. */
  start: number;
  end: number;
}

/** A span of one sentence that names something. */
export interface Candidate {
  sentenceIndex: number;
  /** Token indices in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets in the article text, end exclusive. */
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  source: CandidateSource;
  /** Gazetteer identity when known ("CHN"), with its canonical name ("China"). */
  key?: string;
  canonical?: string;
  via?: "name" | "alias" | "acronym" | "demonym" | "metonym";
  /** "Washington regards...": a capital or seat standing for its country (key is the country). */
  isMetonymy?: boolean;
  title?: CandidateTitle;
  /**
   * "North" in "North and South Korea": a word that names a place only with the words it shares
   * with the next conjunct; the mention is the place's, but the word is no alias of it.
   */
  isElided?: boolean;
  /**
   * "a researcher at Futurelab", "the French philosopher Montesquieu": words beside this mention
   * typed it, which outweighs how the tagger read the name's other mentions.
   */
  isCued?: true;
}

/** Where a candidate sits: its sentence, token range and first character. */
export interface CandidateSpan {
  sentenceIndex: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
}

/** A candidate a gazetteer names: `surface` read at `span`, with the gazetteer's identity. */
export function gazetteerCandidate(
  span: CandidateSpan,
  surface: string,
  type: EntityType,
  identity: { key: string; canonical: string },
): Candidate {
  return {
    ...span,
    end: span.start + surface.length,
    surface,
    type,
    source: "gazetteer",
    key: identity.key,
    canonical: identity.canonical,
    via: "name",
  };
}

/**
 * Each sentence's candidates (by sentence index, in the list's order): one pass, for the passes
 * that read an article sentence by sentence and would otherwise filter the whole list for each.
 */
export function candidatesBySentence(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const bySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = bySentence.get(candidate.sentenceIndex);
    if (list) list.push(candidate);
    else bySentence.set(candidate.sentenceIndex, [candidate]);
  }
  return bySentence;
}

/** The token positions candidates already cover, per sentence index. */
export function coveredTokens(candidates: readonly Candidate[]): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  for (const candidate of candidates) {
    const tokens = covered.get(candidate.sentenceIndex) ?? new Set<number>();
    covered.set(candidate.sentenceIndex, tokens);
    for (let i = candidate.tokenStart; i < candidate.tokenEnd; i++) tokens.add(i);
  }
  return covered;
}
