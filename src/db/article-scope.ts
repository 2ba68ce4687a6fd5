/** Which articles a read counts: by source, tag and publication date, as SQL over an `articles` alias. */
import { type RawBuilder, sql } from "kysely";

/** Articles of one source, with one tag, published in a date range (inclusive, YYYY-MM-DD); all when empty. */
export interface ArticleScope {
  source?: string | null;
  tag?: string | null;
  since?: string | null;
  until?: string | null;
}

/** True when the scope leaves some articles out. */
export function isScoped(scope: ArticleScope): boolean {
  return Boolean(scope.source || scope.tag || scope.since || scope.until);
}

/** The scope as a condition on the articles row called `alias` (`true` when unscoped). */
export function articleScopeCondition(alias: string, scope: ArticleScope): RawBuilder<boolean> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const conditions: RawBuilder<unknown>[] = [];
  if (scope.source) conditions.push(sql`${column("source")} = ${scope.source}`);
  if (scope.tag) {
    conditions.push(
      sql`exists (select 1 from article_tags t where t.article_id = ${column("id")} and t.tag = ${scope.tag})`,
    );
  }
  if (scope.since) conditions.push(sql`${column("published_on")} >= ${scope.since}::date`);
  if (scope.until) conditions.push(sql`${column("published_on")} <= ${scope.until}::date`);
  return conditions.length ? sql<boolean>`${sql.join(conditions, sql` and `)}` : sql<boolean>`true`;
}
