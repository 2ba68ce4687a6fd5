/**
 * Ranked, typo-tolerant entity search: exact name, alias (or the name without accents), a
 * person's last name, prefix, then trigram (pg_trgm) matches.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import { normalizeAlias, normalizeKey } from "../domain/normalize.js";
import { type Entity, entityFromRow } from "./entities.js";
import type { DB, EntityRow } from "./schema.js";

/** How a search hit matched, strongest first. */
export type SearchMatch = "EXACT" | "ALIAS" | "LAST_NAME" | "PREFIX" | "FUZZY";

/** One ranked hit: the entity, a score in (0, 1], how it matched and the name or alias that did. */
export interface EntitySearchHit {
  entity: Entity;
  score: number;
  matchedBy: SearchMatch;
  matchedText: string;
}

/** Options of a search. */
export interface EntitySearchOptions {
  types?: readonly string[] | null;
  limit: number;
}

/** Scores per tier: every exact hit outranks every alias hit, and so on; fuzzy hits score 0.8 × similarity. */
const TIER_SCORE: Record<Exclude<SearchMatch, "FUZZY">, number> = {
  EXACT: 1,
  ALIAS: 0.95,
  LAST_NAME: 0.9,
  PREFIX: 0.85,
};
const FUZZY_SCALE = 0.8;
/** Trigram similarity below this is noise ("Kisinger" ~ "Henry Kissinger" scores about 0.9 word-wise). */
const MIN_SIMILARITY = 0.3;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * Latin letters with accents and the letters they fold to (one each: `translate` maps character
 * for character); "ß" and ligatures are left, as are scripts without case-free accents.
 */
export const ACCENTED = "àáâãäåāăąçćčďđèéêëēėęěğģìíîïīįıķľĺłńňñņòóôõöøōőŕřśšşșťţțùúûüūůűųýÿźżž";
export const UNACCENTED = "aaaaaaaaacccddeeeeeeeeggiiiiiiiklllnnnnoooooooorrsssstttuuuuuuuuyyzzz";

/** A lower-cased text without its accents, as the migration's folded-alias index computes it. */
function withoutAccents(text: RawBuilder<string>): RawBuilder<string> {
  return sql<string>`translate(${text}, ${sql.lit(ACCENTED)}, ${sql.lit(UNACCENTED)})`;
}
const FOLDED_ALIAS = withoutAccents(sql`normalized_alias`);

interface HitRow extends EntityRow {
  matched_by: SearchMatch;
  matched_text: string;
  similarity: number;
}

/**
 * Finds entities for a user's query in one statement. Each entity appears once, with its best
 * match; hits rank by tier, then (fuzzy) similarity, then mention count, then id.
 */
export async function searchEntities(
  db: Kysely<DB>,
  query: string,
  options: EntitySearchOptions,
): Promise<EntitySearchHit[]> {
  const normalized = normalizeAlias(query);
  if (normalized === "" || options.limit <= 0) return [];
  const prefix = `${escapeLike(normalized)}%`;
  // A one-word query is also a last name, accents and punctuation folded as in entity keys
  // ("Hakkinen" finds "Mika Häkkinen").
  const folded = normalizeKey(query);
  const lastName = folded !== "" && !folded.includes(" ") ? folded : null;
  const types = options.types?.length ? [...options.types] : null;
  // Each branch is served by an index: lower(name) text_pattern_ops, normalized_alias (btree and
  // text_pattern_ops), its accent-folded form, the persons' last-name index (its predicate repeated so
  // the planner can use it), and the gin_trgm_ops index on entity_aliases.alias. Fuzzy matching runs on
  // aliases only: ingestion stores every canonical name as an alias too, so scanning the name
  // trigram index as well would double the cost for the same hits. Candidates come from `%`
  // (trigram similarity ≥ 0.3, one index scan); word similarity only re-scores them, so
  // "Kisinger" still ranks "Henry Kissinger" high.
  const { rows } = await sql<HitRow>`
    with candidates as (
      select id as entity_id, 'EXACT' as matched_by, name as matched_text, 1::real as similarity, 5 as tier
        from entities where lower(name) = ${normalized}
      union all
      select entity_id, 'ALIAS', alias, 1::real, 4
        from entity_aliases where normalized_alias = ${normalized}
      union all
      select entity_id, 'ALIAS', alias, 1::real, 4
        from entity_aliases where ${FOLDED_ALIAS} = ${withoutAccents(sql`${normalized}`)}
      union all
      select id, 'LAST_NAME', name, 1::real, 3
        from entities
       where type = 'PERSON' and normalized_key like '% %'
         and reverse(split_part(reverse(normalized_key), ' ', 1)) = ${lastName}
      union all
      select id, 'PREFIX', name, 1::real, 2
        from entities where lower(name) like ${prefix}
      union all
      select entity_id, 'PREFIX', alias, 1::real, 2
        from entity_aliases where normalized_alias like ${prefix}
      union all
      select entity_id, 'FUZZY', alias, greatest(similarity(alias, ${normalized}), word_similarity(${normalized}, alias)), 1
        from entity_aliases where alias % ${normalized}
    ),
    best as (
      select distinct on (entity_id) entity_id, matched_by, matched_text, similarity, tier
        from candidates
       where similarity >= ${MIN_SIMILARITY}
       order by entity_id, tier desc, similarity desc, matched_text
    )
    select e.*, best.matched_by, best.matched_text, best.similarity::float8 as similarity
      from best join entities e on e.id = best.entity_id
     where ${types ? sql`e.type = any(${types}::text[])` : sql`true`}
     order by best.tier desc, round(best.similarity::numeric, 3) desc, e.mention_count desc, e.id
     limit ${options.limit}`.execute(db);
  return rows.map(({ matched_by, matched_text, similarity, ...entity }) => ({
    entity: entityFromRow(entity as EntityRow),
    matchedBy: matched_by,
    matchedText: matched_text,
    score:
      matched_by === "FUZZY"
        ? Math.round(FUZZY_SCALE * similarity * 1000) / 1000
        : TIER_SCORE[matched_by],
  }));
}
