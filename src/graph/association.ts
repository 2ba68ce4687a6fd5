/**
 * Association of two co-occurring entities, so a neighbourhood shows who matters around an
 * entity rather than the corpus's most frequent names.
 *
 * The score is local mutual information over articles (Evert 2005): `n_ab · ln(n_ab · N / (n_a ·
 * n_b))`, with n_ab the articles naming both in one sentence, n_a and n_b the articles naming
 * each, N all articles. Pointwise mutual information alone (the logarithm) rewards pairs seen
 * once or twice: two obscure names that met in one story score as high as a minister and her
 * party. Weighting it by n_ab keeps strength and evidence together: a partner named in every
 * article (a broadcaster, a big country) has a small or negative logarithm, a partner seen once
 * a small factor. Pairs in fewer than MIN_SHARED_ARTICLES articles score 0, ranking after every
 * pair with positive association (ties fall back to the sentence count).
 */

/** A pair shares at least this many articles before its association counts. */
export const MIN_SHARED_ARTICLES = 2;

/** Article counts of a pair and of its two entities, and of the whole corpus. */
export interface AssociationCounts {
  shared: number;
  first: number;
  second: number;
  total: number;
}

/** Local mutual information of a pair over articles; 0 below the minimum of shared articles. */
export function association({ shared, first, second, total }: AssociationCounts): number {
  if (shared < MIN_SHARED_ARTICLES || first <= 0 || second <= 0 || total <= 0) return 0;
  return shared * Math.log((shared * total) / (first * second));
}
