/**
 * Channels and stations named by a number: "Channel 4's gameshow", "Radio 1 DJ Ada Venn", "BBC
 * Radio 4's Today programme". The tagger misses the name or stops before its number ("Radio"),
 * so the broadcaster, its shows and its staff are lost; a channel's head word and a one-figure
 * number after it are one organisation's name, with "BBC" before them when it is written.
 */

import type { NerSpan, Sentence, Token } from "../types.js";

/** Words a channel's or a station's number follows. */
const CHANNEL_HEADS: ReadonlySet<string> = new Set(["Channel", "Radio"]);
/** The owner written before a station: "BBC Radio 1". */
const CHANNEL_OWNERS: ReadonlySet<string> = new Set(["BBC"]);
/** "4" of "Channel 4": one figure, as channels are numbered. */
const CHANNEL_NUMBER_RE = /^[1-9]$/;

/** A capitalised word: a named station's name after its owner's "Radio" ("BBC Radio Wales"). */
const STATION_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
/** "BBC Radio Five Live": a station named by a number written in words and its word after. */
const SPELT_STATIONS: ReadonlySet<string> = new Set(["Five Live"]);

/**
 * The span of a numbered channel whose head word is at token `at`, or undefined. After its
 * owner, a station's head takes a named station's word as it takes a number: "BBC Radio Wales",
 * "BBC Radio Leicester" are stations, not the places the tagger read in them.
 */
function channelAt(tokens: readonly Token[], at: number): NerSpan | undefined {
  const head = tokens[at]?.text ?? "";
  if (!CHANNEL_HEADS.has(head)) return undefined;
  const owned = CHANNEL_OWNERS.has(tokens[at - 1]?.text ?? "");
  const start = owned ? at - 1 : at;
  if (CHANNEL_NUMBER_RE.test(tokens[at + 1]?.text ?? ""))
    return { start, end: at + 2, label: "ORG" };
  if (!owned || head !== "Radio") return undefined;
  const spelt = `${tokens[at + 1]?.text ?? ""} ${tokens[at + 2]?.text ?? ""}`;
  if (SPELT_STATIONS.has(spelt)) return { start, end: at + 3, label: "ORG" };
  if (!STATION_WORD_RE.test(tokens[at + 1]?.text ?? "")) return undefined;
  return { start, end: at + 2, label: "ORG" };
}

/** The sentence's spans with each numbered channel as one organisation's span over those it overlaps. */
export function withNumberedChannels(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const channels = sentence.tokens
    .map((_, at) => channelAt(sentence.tokens, at))
    .filter((span): span is NerSpan => span !== undefined);
  if (channels.length === 0) return spans;
  const kept = spans.filter((span) =>
    channels.every((channel) => span.end <= channel.start || span.start >= channel.end),
  );
  return [...kept, ...channels].sort((a, b) => a.start - b.start);
}
