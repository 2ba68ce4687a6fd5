/**
 * The stored graph as a few counts and a checksum that no row id enters, so two databases that
 * ingested the same articles by different routes (`kg ingest`, the queue's workers) can be
 * compared: equal checksums mean the same entities, names, aliases, mentions, relations and
 * evidence, attached to the same articles (named by content hash).
 */
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "./schema.js";

/** Row counts and a SHA-256 over the whole graph, ids left out. */
export interface GraphState {
  articles: number;
  entities: number;
  aliases: number;
  mentions: number;
  relations: number;
  evidence: number;
  coOccurrences: number;
  /** SHA-256 of the sorted, id-free lines of every part below. */
  checksum: string;
  /** One SHA-256 per part, to tell which part differs. */
  parts: Record<GraphPart, string>;
}

/** The parts the checksum covers. */
export type GraphPart =
  | "articles"
  | "entities"
  | "aliases"
  | "mentions"
  | "relations"
  | "evidence"
  | "coOccurrences";

/**
 * Each part as sorted text lines; an entity stands as "type|name|key" (ids differ with the order
 * rows were written), an article by its content hash.
 */
const PART_QUERIES: Record<GraphPart, ReturnType<typeof sql<{ line: string }>>> = {
  articles: sql`select concat_ws('|', a.content_hash, a.title, a.source, a.published_on,
      (select string_agg(t.tag, ',' order by t.tag) from article_tags t where t.article_id = a.id)) as line
    from articles a`,
  entities: sql`select concat_ws('|', e.type, e.name, e.normalized_key, e.wikidata_id,
      e.mention_count, e.latitude, e.longitude) as line
    from entities e`,
  aliases: sql`select concat_ws('|', e.type, e.name, e.normalized_key, x.alias) as line
    from entity_aliases x join entities e on e.id = x.entity_id`,
  mentions: sql`select concat_ws('|', a.content_hash, m.sentence_index, m.start, m."end",
      e.type, e.name, e.normalized_key, m.surface, m.title, m.is_metonymy, m.entity_type) as line
    from mentions m join entities e on e.id = m.entity_id join articles a on a.id = m.article_id`,
  relations: sql`select concat_ws('|', s.type, s.name, s.normalized_key, o.type, o.name,
      o.normalized_key, r.type, r.predicate, r.attributes::text, round(r.confidence::numeric, 6),
      r.evidence_count, r.first_seen_on, r.last_seen_on, r.provenance) as line
    from relations r join entities s on s.id = r.subject_id join entities o on o.id = r.object_id`,
  evidence: sql`select concat_ws('|', s.normalized_key, s.type, o.normalized_key, o.type, r.type,
      a.content_hash, v.sentence_index, v.start, v."end", v.predicate,
      round(v.confidence::numeric, 6), v.event_date, v.kind) as line
    from relation_evidence v join relations r on r.id = v.relation_id
    join entities s on s.id = r.subject_id join entities o on o.id = r.object_id
    join articles a on a.id = v.article_id`,
  coOccurrences: sql`select concat_ws('|', x.type, x.name, x.normalized_key, y.type, y.name,
      y.normalized_key, a.content_hash, c.count) as line
    from co_occurrences c join entities x on x.id = c.entity_a_id
    join entities y on y.id = c.entity_b_id join articles a on a.id = c.article_id`,
};

/** Reads the counts and checksum of everything stored (one snapshot: a repeatable-read transaction). */
export async function readGraphState(db: Kysely<DB>): Promise<GraphState> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const whole = createHash("sha256");
      const parts = {} as Record<GraphPart, string>;
      const counts = {} as Record<GraphPart, number>;
      for (const part of Object.keys(PART_QUERIES) as GraphPart[]) {
        const result = await PART_QUERIES[part].execute(trx);
        const rows = result.rows.map((row) => row.line);
        // Sorted here, not in SQL, so the database's collation cannot change the order.
        rows.sort();
        const hash = createHash("sha256");
        for (const line of rows) hash.update(line).update("\n");
        parts[part] = hash.digest("hex");
        counts[part] = rows.length;
        whole.update(`${part}:${parts[part]}\n`);
      }
      return {
        articles: counts.articles,
        entities: counts.entities,
        aliases: counts.aliases,
        mentions: counts.mentions,
        relations: counts.relations,
        evidence: counts.evidence,
        coOccurrences: counts.coOccurrences,
        checksum: whole.digest("hex"),
        parts,
      };
    });
}
