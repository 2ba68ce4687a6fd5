/** Decoding relay global ids: every node type here is keyed by a Postgres `integer`. */
import { userError } from "./errors.js";

/** Largest Postgres `integer`; a larger id cannot exist and would fail in SQL. */
const MAX_ROW_ID = 2_147_483_647;
const ROW_ID = /^[1-9]\d{0,9}$/;

/** Pothos' `decodeGlobalID`: base64("Type:id") → parts, refusing ids no row can have. */
export function decodeNodeId(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, "base64").toString();
  const colon = decoded.indexOf(":");
  const typename = colon > 0 ? decoded.slice(0, colon) : "";
  const id = colon > 0 ? decoded.slice(colon + 1) : "";
  if (!typename || !ROW_ID.test(id) || Number(id) > MAX_ROW_ID) {
    throw userError("BAD_USER_INPUT", `"${globalID}" is not an id this API returned`, {
      id: globalID,
    });
  }
  return { typename, id };
}
