/** A GraphQL subscription over server-sent events, as a test reads it: one event at a time. */

/** One server-sent event: its name (`next`, `complete`) and parsed data. */
export interface SseEvent {
  event: string;
  data: any;
}

/** An open subscription. */
export interface Subscription {
  status: number;
  contentType: string;
  /** The next event; rejects after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<SseEvent>;
  /** Resolves with the next event, or undefined when none comes within `ms`. */
  nextWithin(ms: number): Promise<SseEvent | undefined>;
  /** True once the server ended the stream. */
  readonly ended: boolean;
  close(): void;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Opens `query` as a subscription (POST, Accept: text/event-stream) on `url` (…/graphql).
 * Resolves once the server answered with headers, i.e. once it has subscribed.
 */
export async function subscribe(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  fetchFn: Fetch = fetch,
): Promise<Subscription> {
  const abort = new AbortController();
  const response = await fetchFn(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const waiters: ((event: SseEvent | undefined) => void)[] = [];
  let ended = false;
  let cancel = () => {};
  const deliver = (event: SseEvent | undefined) => {
    const waiter = waiters.shift();
    if (waiter) waiter(event);
    else if (event) events.push(event);
  };
  const finish = () => {
    ended = true;
    while (waiters.length > 0) waiters.shift()?.(undefined);
  };
  if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    // Refused before streaming (401, 400): the body is one JSON answer.
    const text = await response.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {}
    events.push({ event: "response", data });
    ended = true;
  } else if (response.body) {
    const reader = response.body.getReader();
    // In process (yoga's fetch) an abort reaches no socket: cancelling the body ends the stream.
    cancel = () => void reader.cancel().catch(() => {});
    const decoder = new TextDecoder();
    let buffer = "";
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf("\n\n");
            let name = "message";
            const data: string[] = [];
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) name = line.slice(6).trim();
              else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
            }
            if (data.length === 0 && name === "message") continue; // a keep-alive comment
            const text = data.join("\n");
            deliver({ event: name, data: text ? JSON.parse(text) : null });
          }
        }
      } catch {
        // Aborted by close().
      }
      finish();
    })();
  }
  const nextWithin = (ms: number) =>
    new Promise<SseEvent | undefined>((resolve) => {
      const queued = events.shift();
      if (queued) return resolve(queued);
      if (ended) return resolve(undefined);
      const timer = setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        resolve(undefined);
      }, ms);
      const waiter = (event: SseEvent | undefined) => {
        clearTimeout(timer);
        resolve(event);
      };
      waiters.push(waiter);
    });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    nextWithin,
    next: async (timeoutMs = 20_000) => {
      const event = await nextWithin(timeoutMs);
      if (!event) throw new Error(`no event within ${timeoutMs} ms${ended ? " (ended)" : ""}`);
      return event;
    },
    get ended() {
      return ended && events.length === 0;
    },
    close: () => {
      cancel();
      abort.abort();
    },
  };
}
