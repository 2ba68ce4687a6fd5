/** In-article resolution: candidate mentions become distinct entities and their mentions. */
import type { Candidate } from "../3-recognize/candidate.js";
import type { EntityType, ExtractedEntity, ExtractedMention, Sentence } from "../types.js";
import { normalizeKey } from "./normalize-key.js";

/** Entities of one article and the mentions that name them. */
export interface Resolution {
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  /** For each mention, the candidate it came from (same index). */
  candidates: Candidate[];
}

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam)\.?\s+/;

interface Group {
  type: EntityType;
  key: string;
  name: string;
  surfaces: Map<string, number>;
}

function personName(surface: string): string {
  return surface.replace(HONORIFIC, "").trim();
}

/** "ICC" is the initials of "International Criminal Court" (function words skipped). */
function isAcronymOf(acronym: string, name: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
  return initials.length >= 2 && initials === acronym.replace(/\./g, "");
}

/** Resolves candidates into entities: gazetteer identities, full names for short forms, metonymy. */
export function resolveMentions(candidates: Candidate[], sentences: Sentence[]): Resolution {
  const ordered = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);

  // Full person names ("Xi Jinping") that short forms ("Xi", "Mr. Xi") can attach to.
  const tokenToFullName = new Map<string, string[]>();
  for (const candidate of ordered) {
    if (candidate.type !== "PERSON" || candidate.key) continue;
    const name = personName(candidate.surface);
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    for (const word of words) {
      const list = tokenToFullName.get(word) ?? [];
      if (!list.includes(name)) list.push(name);
      tokenToFullName.set(word, list);
    }
  }
  const orgNames = ordered.filter((c) => c.type === "ORGANIZATION" && !c.key && c.surface.includes(" "));

  const groups = new Map<string, Group>();
  const resolved: { candidate: Candidate; groupKey: string; isMetonymy: boolean }[] = [];
  const addTo = (type: EntityType, key: string, name: string, candidate: Candidate, isMetonymy: boolean) => {
    const groupKey = `${type}\u0000${key}`;
    const group = groups.get(groupKey) ?? { type, key, name, surfaces: new Map() };
    group.surfaces.set(candidate.surface, (group.surfaces.get(candidate.surface) ?? 0) + 1);
    groups.set(groupKey, group);
    resolved.push({ candidate, groupKey, isMetonymy });
  };

  for (const candidate of ordered) {
    if (candidate.key) {
      addTo(candidate.type, candidate.key, candidate.canonical ?? candidate.surface, candidate, candidate.isMetonymy === true);
      continue;
    }
    if (candidate.type === "PERSON") {
      const name = personName(candidate.surface);
      const words = name.split(/\s+/);
      if (words.length === 1) {
        // "Putin" → "Vladimir Putin"; "Xi" → "Xi Jinping" (family name first).
        const matches = tokenToFullName.get(words[0] as string) ?? [];
        const lastNameMatch = matches.filter((full) => full.split(/\s+/).at(-1) === words[0]);
        const target = lastNameMatch.length === 1 ? lastNameMatch[0] : matches.length === 1 ? matches[0] : undefined;
        if (target) {
          addTo("PERSON", normalizeKey(target), target, candidate, false);
          continue;
        }
      }
      addTo("PERSON", normalizeKey(name), name, candidate, false);
      continue;
    }
    if (candidate.type === "ORGANIZATION" && /^[A-Z.]{2,}$/.test(candidate.surface)) {
      const expansion = orgNames.find((org) => isAcronymOf(candidate.surface, org.surface));
      if (expansion) {
        addTo("ORGANIZATION", normalizeKey(expansion.surface), expansion.surface, candidate, false);
        continue;
      }
    }
    addTo(candidate.type, normalizeKey(candidate.surface), candidate.surface, candidate, false);
  }

  const groupIndex = new Map<string, number>();
  const entities: ExtractedEntity[] = [];
  for (const [groupKey, group] of groups) {
    if (!group.key) continue;
    groupIndex.set(groupKey, entities.length);
    entities.push({
      type: group.type,
      key: group.key,
      name: group.name,
      aliases: [...group.surfaces.keys()].filter((surface) => surface !== group.name),
    });
  }
  const mentions: ExtractedMention[] = [];
  const mentionCandidates: Candidate[] = [];
  for (const { candidate, groupKey, isMetonymy } of resolved) {
    const entity = groupIndex.get(groupKey);
    if (entity === undefined) continue;
    mentions.push({
      entity,
      sentenceIndex: candidate.sentenceIndex,
      start: candidate.start,
      end: candidate.end,
      surface: candidate.surface,
      title: candidate.title?.title ?? null,
      isMetonymy,
    });
    mentionCandidates.push(candidate);
  }
  return { entities, mentions, candidates: mentionCandidates };
}
