/** Reads DWIE: article text rebuilt from `dev.json` tokens, its annotation aligned onto that text. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EntityType } from "../domain/vocabulary.js";
import { TokenJoiner } from "./detokenize.js";

/** One annotated mention of a DWIE concept, with its character span in our rebuilt text. */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** The concept's Wikipedia link; null for concepts without one (roles, dates, "German"). */
  link: string | null;
  /** Our type for the concept's fine DWIE types; null when the concept is not a named entity. */
  type: EntityType | null;
  /** Adjectival form of a linked entity ("German" for Germany: DWIE's `-x` types). */
  isAdjectival: boolean;
}

/** One DWIE article: the text we rebuilt from its tokens and its annotation aligned to that text. */
export interface DwieArticle {
  id: string;
  text: string;
  mentions: GoldMention[];
  /** Annotated mentions whose text was not found in our rebuilt text, in order. */
  unaligned: number;
}

const WHITESPACE_RE = /\s/;

/** Rebuilds article text from DWIE tokens: a "\n" token starts a paragraph, punctuation attaches. */
export function rebuildText(tokens: readonly string[]): string {
  const joiner = new TokenJoiner();
  for (const token of tokens) {
    if (token === "\n") joiner.breakLine("\n\n", true);
    else joiner.push(token);
  }
  return joiner.text.trim();
}

/** The text without whitespace, and for each of its characters the offset in the original. */
export function compact(text: string): { chars: string; offsets: number[] } {
  let chars = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (WHITESPACE_RE.test(char)) continue;
    chars += char;
    offsets.push(i);
  }
  return { chars, offsets };
}

/** Our type for DWIE's fine types, or null when the concept is not a named entity. */
export function expectedType(tags: readonly string[]): EntityType | null {
  const types = new Set(tags.filter((tag) => tag.startsWith("type::")).map((tag) => tag.slice(6)));
  if (!types.has("entity")) return null;
  if (types.has("person")) return "PERSON";
  if (types.has("gpe0")) return "COUNTRY";
  if (types.has("organization")) return "ORGANIZATION";
  if (types.has("event")) return "EVENT";
  if (types.has("treaty")) return "AGREEMENT";
  if (types.has("location") || types.has("gpe")) return "PLACE";
  return "OTHER";
}

interface DwieConcept {
  concept: number;
  link?: string | null;
  tags?: string[];
}

interface DwieAnnotation {
  id: string;
  mentions: { begin: number; end: number; text: string; concept: number }[];
  concepts: DwieConcept[];
}

/** Aligns annotated mentions, in text order, onto the rebuilt text (whitespace ignored). */
export function alignMentions(
  text: string,
  annotation: DwieAnnotation,
): { mentions: GoldMention[]; unaligned: number } {
  const { chars, offsets } = compact(text);
  const concepts = new Map(annotation.concepts.map((concept) => [concept.concept, concept]));
  const ordered = [...annotation.mentions].sort((a, b) => a.begin - b.begin || a.end - b.end);
  const mentions: GoldMention[] = [];
  let unaligned = 0;
  // The last mention not nested in another: where it starts and ends, in the annotation and in ours.
  let outer = { end: -1, at: 0, atEnd: 0 };
  for (const mention of ordered) {
    const needle = compact(mention.text).chars;
    // "Berlin" inside "Hertha Berlin": a nested annotation is searched from the outer one's start.
    const nested = mention.begin < outer.end;
    const at = needle ? chars.indexOf(needle, nested ? outer.at : outer.atEnd) : -1;
    if (at < 0) {
      unaligned++;
      continue;
    }
    if (!nested) outer = { end: mention.end, at, atEnd: at + needle.length };
    const concept = concepts.get(mention.concept);
    const tags = concept?.tags ?? [];
    mentions.push({
      start: offsets[at] as number,
      end: (offsets[at + needle.length - 1] as number) + 1,
      text: mention.text,
      link: concept?.link ?? null,
      type: expectedType(tags),
      isAdjectival: tags.some((tag) => tag.startsWith("type::") && tag.endsWith("-x")),
    });
  }
  return { mentions, unaligned };
}

/** Reads DWIE: text rebuilt from `dev.json` tokens, annotation from `annos/DW_*.json`, sorted by id. */
export function readDwie(dir: string): DwieArticle[] {
  const documents = JSON.parse(readFileSync(path.join(dir, "dev.json"), "utf8")) as {
    title: string;
    sents: string[][];
  }[];
  const tokensById = new Map(documents.map((doc) => [doc.title, doc.sents.flat()]));
  const articles: DwieArticle[] = [];
  const files = readdirSync(path.join(dir, "annos"))
    .filter((name) => name.endsWith(".json"))
    .sort();
  for (const file of files) {
    const annotation = JSON.parse(
      readFileSync(path.join(dir, "annos", file), "utf8"),
    ) as DwieAnnotation;
    const tokens = tokensById.get(annotation.id);
    if (!tokens) continue;
    const text = rebuildText(tokens);
    articles.push({ id: annotation.id, text, ...alignMentions(text, annotation) });
  }
  return articles;
}
