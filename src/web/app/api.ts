/** The page's GraphQL client: the queries it sends and the shapes it reads back. */

/** A node of a subgraph as the API returns it. */
export interface GraphNode {
  id: string;
  label: string;
  type: string;
  size: number;
  degree: number;
  mentionCount: number;
  depth: number;
  /** Where a place or country is (GeoNames, world-countries); absent for everything else. */
  entity?: { coordinates: { latitude: number; longitude: number } | null };
}

/** An edge of a subgraph: a typed relation, or aggregated co-occurrence when `relation` is null. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  label: string;
  evidenceCount: number;
  directed: boolean;
  /** STATED, INFERRED or KNOWLEDGE; null for co-occurrence. */
  provenance: string | null;
  relation: { id: string } | null;
}

/** A set of nodes and edges; `truncated` when the server stopped at the limit. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** One autocomplete result. */
export interface SearchHit {
  score: number;
  matchedBy: string;
  matchedText: string;
  entity: { id: string; name: string; type: string; mentionCount: number };
}

/** What the page needs to know before drawing anything. */
export interface Boot {
  entityCount: number;
  relationCount: number;
  articleCount: number;
  entityTypes: string[];
  relationTypes: string[];
}

/** An article as the panels cite it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** A relation listed in the entity panel. */
export interface RelationSummary {
  id: string;
  type: string;
  predicate: string;
  confidence: number;
  subject: { id: string; name: string };
  object: { id: string; name: string };
}

/** Everything the entity panel shows. */
export interface EntityDetails {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  relations: { totalCount: number; edges: { node: RelationSummary }[] };
  mentions: { totalCount: number; edges: { node: { article: ArticleRef } }[] };
}

/** Where an entity is named: used to find its span inside an evidence sentence. */
export interface MentionSpan {
  start: number;
  end: number;
  sentenceIndex: number;
  article: ArticleRef;
}

/** An entity with its names and mention spans, for highlighting. */
export interface EntityNames {
  id: string;
  name: string;
  aliases: string[];
  mentions: { edges: { node: MentionSpan }[] };
}

/** One sentence stating a relation. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceIndex: number;
  predicate: string;
  /** STATED, INFERRED or KNOWLEDGE: how this sentence backs the relation. */
  kind: string;
  article: ArticleRef;
}

/** A relation with its evidence and both ends' names and mentions. */
export interface RelationDetails {
  id: string;
  type: string;
  predicate: string;
  confidence: number;
  provenance: string;
  /** Extra facts ("title", "former": "true" for a role held in the past). */
  attributes: { key: string; value: string }[];
  subject: EntityNames;
  object: EntityNames;
  evidence: Evidence[];
}

/** The server answered, but with errors (`code` from `extensions.code`). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The server could not be reached at all. */
export class UnreachableError extends Error {}

const API_KEY_STORAGE = "kg-api-key";

/** The key sent as `Authorization: Bearer`, when the server requires one for reads. */
export function readApiKey(): string | undefined {
  return sessionStorage.getItem(API_KEY_STORAGE) ?? undefined;
}

/** Remembers the API key for this browser tab. */
export function saveApiKey(key: string): void {
  sessionStorage.setItem(API_KEY_STORAGE, key);
}

/** Sends one GraphQL operation to /graphql and returns its data or throws. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
  };
  const key = readApiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new UnreachableError(error instanceof Error ? error.message : String(error));
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw response.status >= 502 && response.status <= 504
      ? new UnreachableError(`HTTP ${response.status}`)
      : new ApiError(`HTTP ${response.status}`, undefined, response.status);
  }
  const first = body.errors?.[0];
  if (first || !body.data) {
    throw new ApiError(
      first?.message ?? `HTTP ${response.status}`,
      first?.extensions?.code,
      response.status,
    );
  }
  return body.data;
}

const NODE_FIELDS =
  "id label type size degree mentionCount depth entity { coordinates { latitude longitude } }";
const EDGE_FIELDS =
  "id source target type weight label evidenceCount directed provenance relation { id }";
const ARTICLE_FIELDS = "id title publishedAt url";

/** Counts and vocabularies; the enum values come from introspection so the page never drifts. */
export async function fetchBoot(): Promise<Boot> {
  const data = await gql<{
    graphStats: { entityCount: number; relationCount: number; articleCount: number };
    entityTypes: { enumValues: { name: string }[] } | null;
    relationTypes: { enumValues: { name: string }[] } | null;
  }>(`query ExplorerBoot {
    graphStats { entityCount relationCount articleCount }
    entityTypes: __type(name: "EntityType") { enumValues { name } }
    relationTypes: __type(name: "RelationType") { enumValues { name } }
  }`);
  return {
    ...data.graphStats,
    entityTypes: data.entityTypes?.enumValues.map((value) => value.name) ?? [],
    relationTypes: data.relationTypes?.enumValues.map((value) => value.name) ?? [],
  };
}

/** Autocomplete: entities whose names or aliases match `query`. */
export async function searchEntities(query: string, first = 8): Promise<SearchHit[]> {
  const data = await gql<{ searchEntities: SearchHit[] }>(
    `query ExplorerSearch($query: String!, $first: Int) {
      searchEntities(query: $query, first: $first) {
        score matchedBy matchedText entity { id name type mentionCount }
      }
    }`,
    { query, first },
  );
  return data.searchEntities;
}

/** Filters the server applies to every graph read. */
export interface GraphFilters {
  entityTypes?: string[];
  relationTypes?: string[];
  since?: string;
  until?: string;
  minWeight?: number;
  edgeKind: "RELATIONS" | "COOCCURRENCE";
}

/** The seeds' neighbourhood (one hop), filtered. */
export async function fetchSubgraph(
  seeds: string[],
  filters: GraphFilters,
  limit: number,
): Promise<Subgraph> {
  const data = await gql<{ subgraph: Subgraph }>(
    `query ExplorerSubgraph($seeds: [ID!]!, $entityTypes: [EntityType!], $relationTypes: [RelationType!],
      $since: String, $until: String, $minWeight: Float, $edgeKind: EdgeKind, $limit: Int, $rankBy: RankBy) {
      subgraph(seeds: $seeds, depth: 1, entityTypes: $entityTypes, relationTypes: $relationTypes,
        since: $since, until: $until, minWeight: $minWeight, edgeKind: $edgeKind, limit: $limit,
        rankBy: $rankBy) {
        truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
      }
    }`,
    // Co-occurrence neighbours by association: an entity's own company, not the corpus's
    // most frequent names (typed relations rank by evidence either way).
    {
      seeds,
      ...filters,
      limit,
      rankBy: filters.edgeKind === "COOCCURRENCE" ? "ASSOCIATION" : "COUNT",
    },
  );
  return data.subgraph;
}

/** The shortest path between two entities, or null when none is within reach. */
export async function fetchShortestPath(
  from: string,
  to: string,
  filters: GraphFilters,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] } | null> {
  const data = await gql<{
    shortestPath: { nodes: GraphNode[]; edges: { edge: GraphEdge }[] } | null;
  }>(
    `query ExplorerPath($from: ID!, $to: ID!, $relationTypes: [RelationType!], $edgeKind: EdgeKind) {
      shortestPath(from: $from, to: $to, maxDepth: 6, relationTypes: $relationTypes, edgeKind: $edgeKind) {
        nodes { ${NODE_FIELDS} } edges { edge { ${EDGE_FIELDS} } }
      }
    }`,
    { from, to, relationTypes: filters.relationTypes, edgeKind: filters.edgeKind },
  );
  const path = data.shortestPath;
  return path ? { nodes: path.nodes, edges: path.edges.map((step) => step.edge) } : null;
}

/** The entity panel's content. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await gql<{ entity: EntityDetails | null }>(
    `query ExplorerEntity($id: ID!) {
      entity(id: $id) {
        id name type aliases mentionCount
        relations(first: 100) {
          totalCount
          edges { node { id type predicate confidence subject { id name } object { id name } } }
        }
        mentions(first: 100) { totalCount edges { node { article { ${ARTICLE_FIELDS} } } } }
      }
    }`,
    { id },
  );
  return data.entity;
}

const NAMES_FIELDS = `id name aliases
  mentions(first: 100) { edges { node { start end sentenceIndex article { ${ARTICLE_FIELDS} } } } }`;

/** A relation's evidence sentences with both ends' mentions. */
export async function fetchRelation(id: string): Promise<RelationDetails | null> {
  const data = await gql<{ relation: RelationDetails | null }>(
    `query ExplorerRelation($id: ID!) {
      relation(id: $id) {
        id type predicate confidence provenance attributes { key value }
        subject { ${NAMES_FIELDS} }
        object { ${NAMES_FIELDS} }
        evidence { sentence start end sentenceStart sentenceIndex predicate kind article { ${ARTICLE_FIELDS} } }
      }
    }`,
    { id },
  );
  return data.relation;
}

/** Both ends of a co-occurrence edge, with their mentions. */
export async function fetchPair(a: string, b: string): Promise<[EntityNames, EntityNames] | null> {
  const data = await gql<{ a: EntityNames | null; b: EntityNames | null }>(
    `query ExplorerPair($a: ID!, $b: ID!) { a: entity(id: $a) { ${NAMES_FIELDS} } b: entity(id: $b) { ${NAMES_FIELDS} } }`,
    { a, b },
  );
  return data.a && data.b ? [data.a, data.b] : null;
}

/** An article's text, to cut co-occurrence sentences from. */
export async function fetchArticleText(id: string): Promise<string | null> {
  const data = await gql<{ article: { text: string } | null }>(
    "query ExplorerArticle($id: ID!) { article(id: $id) { text } }",
    { id },
  );
  return data.article?.text ?? null;
}

/** Activity of an entity in one month, by article publication date. */
export interface TimelineBucket {
  start: string;
  mentions: number;
  relations: number;
  articles: number;
}

/** An entity's name and monthly activity (months without any are left out by the server). */
export async function fetchTimeline(
  id: string,
): Promise<{ name: string; buckets: TimelineBucket[] } | null> {
  const data = await gql<{
    entity: { name: string; timeline: TimelineBucket[] } | null;
  }>(
    `query ExplorerTimeline($id: ID!) {
      entity(id: $id) { name timeline(bucket: MONTH) { start mentions relations articles } }
    }`,
    { id },
  );
  return data.entity ? { name: data.entity.name, buckets: data.entity.timeline } : null;
}
