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

/**
 * The database cannot be reached (restart, outage): HTTP 503 for clients that accept
 * `application/graphql-response+json`; plain `application/json` clients get 200, as the
 * GraphQL-over-HTTP spec asks, with the same code.
 */
export function databaseUnavailableError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError("the database is unavailable; try again shortly", {
    path,
    extensions: { code: "DATABASE_UNAVAILABLE", http: { status: 503, spec: true } },
  });
}
