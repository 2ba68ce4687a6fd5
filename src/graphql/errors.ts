/** GraphQL errors with a stable `extensions.code`, the only errors yoga shows unmasked. */
import { GraphQLError } from "graphql";

/** A client-facing error with a machine-readable code. */
export function userError(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
