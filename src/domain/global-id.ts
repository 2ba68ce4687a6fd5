/** Relay global ids shared by the GraphQL API and every export, so one entity has one id everywhere. */

const ENTITY_GLOBAL_ID_RE = /^Entity:(\d+)$/;
const NUMERIC_ID_RE = /^\d+$/;

/** Printable ASCII: its own UTF-8, so btoa encodes it as Buffer would. */
const PRINTABLE_ASCII = /^[ -~]*$/;

/** Relay global id, as the Pothos relay plugin encodes it: base64("Type:id") of the UTF-8 text. */
export function toGlobalId(typename: string, id: number | string): string {
  const text = `${typename}:${id}`;
  // btoa is several times faster than a Buffer round trip (a 2-hop answer carries ~1,600 ids);
  // other text goes through its UTF-8 bytes.
  return PRINTABLE_ASCII.test(text) ? btoa(text) : Buffer.from(text).toString("base64");
}

/** An entity's global id. */
export function entityGlobalId(id: number): string {
  return toGlobalId("Entity", id);
}

/** A stable id per edge: the Relation's global id, or `CoOccurrence:<low>:<high>` in base64. */
export function edgeGlobalId(edge: {
  relationId: number | null;
  sourceId: number;
  targetId: number;
}): string {
  return edge.relationId === null
    ? toGlobalId("CoOccurrence", `${edge.sourceId}:${edge.targetId}`)
    : toGlobalId("Relation", edge.relationId);
}

/** Largest row id (Postgres `integer`). */
const MAX_ROW_ID = 2_147_483_647;

/**
 * Reads an entity reference: a bare numeric id or an Entity global id; undefined for anything
 * else, including ids past the integer range (no row has one).
 */
export function parseEntityId(value: string): number | undefined {
  const digits = NUMERIC_ID_RE.test(value)
    ? value
    : ENTITY_GLOBAL_ID_RE.exec(Buffer.from(value, "base64").toString())?.[1];
  if (digits === undefined) return undefined;
  const id = Number(digits);
  return id <= MAX_ROW_ID ? id : undefined;
}
