/**
 * Region names that regions of several countries share ("Punjab" in India and in Pakistan): the
 * countries an article names choose which region it means, so two articles about two countries'
 * regions never make one entity.
 */

import type { Candidate } from "./candidate.js";
import { findPlaceFacts } from "./gazetteer/city-lookups.js";
import { findEntryByKey } from "./gazetteer/gazetteer-lookups.js";

/** The key of one country's region of a shared name: "place:punjab" in Pakistan → "place:punjab-pak". */
export function sharedRegionKey(key: string, country: string): string {
  return `${key}-${country.toLowerCase()}`;
}

/** The country a candidate puts in the article: a country, its demonym, or a place's country. */
function countryOf(candidate: Candidate): string | undefined {
  if (!candidate.key) return undefined;
  if (candidate.type === "COUNTRY") return candidate.key;
  return candidate.type === "PLACE" ? findPlaceFacts(candidate.key)?.country : undefined;
}

/** The one of `countries` counted most, when one is counted more than every other. */
function mostNamed(
  countries: readonly string[],
  counts: ReadonlyMap<string, number>,
): string | undefined {
  const ranked = countries
    .map((country) => ({ country, count: counts.get(country) ?? 0 }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = ranked;
  return first && first.count > (second?.count ?? 0) ? first.country : undefined;
}

function countCountries(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const country = countryOf(candidate);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** The gap in tokens between two candidates of one sentence. */
function distance(a: Candidate, b: Candidate): number {
  return Math.max(a.tokenStart - b.tokenEnd, b.tokenStart - a.tokenEnd, 0);
}

/** The one of `countries` named nearest the region in its sentence, when one is nearer than the rest. */
function nearestNamed(
  region: Candidate,
  countries: readonly string[],
  candidates: readonly Candidate[],
): string | undefined {
  let best: { country: string; gap: number } | undefined;
  let tied = false;
  for (const other of candidates) {
    if (other === region || other.sentenceIndex !== region.sentenceIndex) continue;
    const country = countryOf(other);
    if (!country || !countries.includes(country)) continue;
    const gap = distance(region, other);
    if (!best || gap < best.gap) {
      best = { country, gap };
      tied = false;
    } else if (gap === best.gap && country !== best.country) tied = true;
  }
  return tied ? undefined : best?.country;
}

/**
 * Keys each shared region name (in place) by the one of its countries named nearest it in its
 * sentence ("Pakistan's Punjab province, and India's ..."), else the one the article names most,
 * counting countries, demonyms and the countries of named places ("Lahore" is in Pakistan); when
 * none of them or two equally are named, the name keeps its undecided key.
 */
export function readSharedRegionNames(candidates: Candidate[]): void {
  const inArticle = countCountries(candidates);
  for (const candidate of candidates) {
    const sharedBy = candidate.key ? findEntryByKey(candidate.key)?.sharedBy : undefined;
    if (!sharedBy || !candidate.key) continue;
    const country = nearestNamed(candidate, sharedBy, candidates) ?? mostNamed(sharedBy, inArticle);
    if (country) candidate.key = sharedRegionKey(candidate.key, country);
  }
}
