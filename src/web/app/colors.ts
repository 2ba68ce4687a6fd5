/** Colours by entity type (Okabe–Ito, readable for colour-blind readers) and the sizing scales. */

/** Fill colour for each entity type. */
export const TYPE_COLORS: Record<string, string> = {
  PERSON: "#E69F00",
  COUNTRY: "#0072B2",
  PLACE: "#56B4E9",
  ORGANIZATION: "#009E73",
  AGREEMENT: "#CC79A7",
  EVENT: "#D55E00",
  OTHER: "#999999",
};

/** The colour for a type, grey for a type the page does not know yet. */
export function colorOf(type: string): string {
  return TYPE_COLORS[type] ?? "#999999";
}

/** Node diameter in pixels: grows with the log of mentions so one hub does not swallow the view. */
export function nodeSize(mentionCount: number): number {
  return Math.min(72, 20 + 9 * Math.log2(1 + Math.max(0, mentionCount)));
}

/** Edge width in pixels from its weight. */
export function edgeWidth(weight: number): number {
  return Math.min(10, 1 + 1.6 * Math.log2(1 + Math.max(0, weight)));
}
