/**
 * Words that name a trade union by whom it gathers: "Factory Workers Union", "Musicians' Union",
 * "National Union of Journalists", "Public and Commercial Services Union".
 */

/** Members a union's name gives before "Union" or after "Union of". */
export const UNION_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "workers",
  "employees",
  "musicians",
  "journalists",
  "teachers",
  "miners",
  "mineworkers",
  "nurses",
  "firefighters",
  "services",
]);
