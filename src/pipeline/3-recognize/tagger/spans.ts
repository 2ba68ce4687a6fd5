/**
 * Label inventory and conversions between CoNLL tag sequences (IOB1, IOB2), BILOU label ids and
 * entity spans over token indices.
 */
import type { NerLabel, NerSpan } from "../../types.js";

/** Entity types in label-id order. */
export const NER_TYPES: readonly NerLabel[] = ["PER", "LOC", "ORG", "MISC"];

/** BILOU positions in label-id order. */
export const BILOU_POSITIONS = ["B", "I", "L", "U"] as const;

/** Number of BILOU labels: O plus four positions for each of four types. */
export const LABEL_COUNT = 1 + NER_TYPES.length * BILOU_POSITIONS.length;

/** Label id of O. */
export const LABEL_O = 0;

const POS_B = 0;
const POS_I = 1;
const POS_L = 2;
const POS_U = 3;

/** Label names by id: "O", "B-PER", "I-PER", ... */
export const LABEL_NAMES: readonly string[] = [
  "O",
  ...NER_TYPES.flatMap((type) => BILOU_POSITIONS.map((pos) => `${pos}-${type}`)),
];

/** Label id for a type index and BILOU position index. */
export function makeLabel(typeIndex: number, position: number): number {
  return 1 + typeIndex * 4 + position;
}

/** Type index (0..3) of a label id, or -1 for O. */
export function labelType(label: number): number {
  return label === LABEL_O ? -1 : (label - 1) >> 2;
}

/** BILOU position index (0..3) of a label id, or -1 for O. */
export function labelPosition(label: number): number {
  return label === LABEL_O ? -1 : (label - 1) & 3;
}

/** Whether `label` may follow `previous` in a well-formed BILOU sequence (previous -1 = start). */
export function isAllowedTransition(previous: number, label: number): boolean {
  const prevPos = previous < 0 ? -1 : labelPosition(previous);
  const open = prevPos === POS_B || prevPos === POS_I;
  const pos = labelPosition(label);
  if (open) return (pos === POS_I || pos === POS_L) && labelType(label) === labelType(previous);
  return pos !== POS_I && pos !== POS_L;
}

/** The transition table as a flat [previous + 1][label] boolean array (row 0 = sentence start). */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    for (let label = 0; label < LABEL_COUNT; label++) {
      table[(prev + 1) * LABEL_COUNT + label] = isAllowedTransition(prev, label) ? 1 : 0;
    }
  }
  return table;
})();

/** Type guard for the four CoNLL types. */
export function isNerLabel(value: string): value is NerLabel {
  return value === "PER" || value === "LOC" || value === "ORG" || value === "MISC";
}

/**
 * Decodes CoNLL tags to spans, accepting IOB1 and IOB2 alike: B- always opens an entity, I- opens
 * one unless it continues an entity of the same type ("I-PER I-PER" is one span in both schemes).
 */
export function decodeIobTags(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "O";
    const prefix = tag.charAt(0);
    const type = tag.slice(2);
    if (tag === "O" || !isNerLabel(type) || (prefix !== "B" && prefix !== "I")) {
      open = undefined;
      continue;
    }
    if (prefix === "I" && open !== undefined && open.label === type && open.end === i) {
      open.end = i + 1;
      continue;
    }
    open = { start: i, end: i + 1, label: type };
    spans.push(open);
  }
  return spans;
}

/** Encodes spans as IOB2 tags ("B-PER I-PER O"). */
export function encodeIob2Tags(spans: readonly NerSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++)
      tags[i] = `${i === span.start ? "B" : "I"}-${span.label}`;
  }
  return tags;
}

/** Encodes spans as IOB1 tags (B- only where two entities of one type touch). */
export function encodeIob1Tags(spans: readonly NerSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let previous: NerSpan | undefined;
  for (const span of sorted) {
    const touches =
      previous !== undefined && previous.end === span.start && previous.label === span.label;
    for (let i = span.start; i < span.end; i++)
      tags[i] = `${i === span.start && touches ? "B" : "I"}-${span.label}`;
    previous = span;
  }
  return tags;
}

/** Encodes spans as BILOU label ids. */
export function encodeBilouLabels(spans: readonly NerSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const type = NER_TYPES.indexOf(span.label);
    if (span.end - span.start === 1) {
      labels[span.start] = makeLabel(type, POS_U);
      continue;
    }
    for (let i = span.start; i < span.end; i++) {
      const pos = i === span.start ? POS_B : i === span.end - 1 ? POS_L : POS_I;
      labels[i] = makeLabel(type, pos);
    }
  }
  return labels;
}

/** Decodes BILOU label ids to spans, closing any entity left open by a sloppy sequence. */
export function decodeBilouLabels(labels: ArrayLike<number>): NerSpan[] {
  const spans: NerSpan[] = [];
  let openStart = -1;
  let openType = -1;
  const close = (end: number): void => {
    if (openStart >= 0)
      spans.push({ start: openStart, end, label: NER_TYPES[openType] as NerLabel });
    openStart = -1;
    openType = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? LABEL_O;
    const type = labelType(label);
    const pos = labelPosition(label);
    if (type < 0) {
      close(i);
      continue;
    }
    const continues = openStart >= 0 && openType === type && (pos === POS_I || pos === POS_L);
    if (!continues) {
      close(i);
      openStart = i;
      openType = type;
    }
    if (pos === POS_L || pos === POS_U) close(i + 1);
  }
  close(labels.length);
  return spans;
}
