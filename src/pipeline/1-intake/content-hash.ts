/** The idempotency key of an article: a hash of its text that ignores line wrapping. */

import { createHash } from "node:crypto";

const WHITESPACE_RUN_RE = /\s+/g;

/** sha256 hex of the text with whitespace runs collapsed to one space and trimmed. */
export function hashContent(text: string): string {
  return createHash("sha256")
    .update(text.replace(WHITESPACE_RUN_RE, " ").trim(), "utf8")
    .digest("hex");
}
