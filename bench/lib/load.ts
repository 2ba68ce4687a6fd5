/** GraphQL load with autocannon: fixed connections for a fixed time, rotating inputs, errors counted. */
import autocannon from "autocannon";
import { readRssMb } from "./processes.js";

/** One GraphQL request shape and the inputs to rotate through. */
export interface GraphqlLoad {
  url: string;
  query: string;
  variables: readonly Record<string, unknown>[];
  connections: number;
  durationSeconds: number;
  /** Server process to watch: its peak RSS under this load is reported. */
  serverPid?: number;
}

/** What one load run measured. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors, timeouts, non-2xx responses and 2xx responses carrying GraphQL `errors`. */
  errors: number;
  /** The first GraphQL error message seen, to say why. */
  firstError?: string;
  peakRssMb?: number;
}

/** Runs one load and returns its numbers; the inputs rotate over all connections. */
export async function runGraphqlLoad(load: GraphqlLoad): Promise<LoadResult> {
  const bodies = load.variables.map((variables) =>
    JSON.stringify({ query: load.query, variables }),
  );
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  let peakRssMb: number | undefined;
  const sampler = setInterval(() => {
    const rss = load.serverPid === undefined ? undefined : readRssMb(load.serverPid);
    if (rss !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, rss);
  }, 100);
  try {
    const result = await autocannon({
      url: load.url,
      connections: load.connections,
      duration: load.durationSeconds,
      timeout: 30,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            // GraphQL reports most failures with HTTP 200 and an `errors` array
            if (status === 200 && body.includes('"errors"')) {
              graphqlErrors++;
              firstError ??= body.slice(0, 300);
            }
          },
        },
      ],
    });
    return {
      requests: result.requests.total,
      requestsPerSecond: result.requests.total / result.duration,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      firstError,
      peakRssMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Sends one GraphQL request and returns its `data`; throws on transport or GraphQL errors. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<any> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data;
}
