/**
 * The in-process fan-out of live changes to GraphQL subscriptions: one feed per server (the
 * Postgres LISTEN connection, or the in-process bus on embedded PGlite) and one bounded stream
 * per open subscription, counted against the server's subscription limit and ended cleanly
 * when the server shuts down.
 */
import type { Kysely } from "kysely";
import { PostgresChangeListener } from "../db/change-listener.js";
import { type ChangeEvent, findArticleEntityIds, onLocalChange } from "../db/notify.js";
import type { DB } from "../db/schema.js";

/** A change with an article's entity ids always known (looked up when the payload left them out). */
export type LiveChange =
  | (Extract<ChangeEvent, { kind: "article" }> & { entityIds: number[] })
  | Extract<ChangeEvent, { kind: "curation" }>;

/** Changes kept for a subscriber that reads slower than they come; older ones are dropped. */
const MAX_BUFFERED_CHANGES = 1_000;

/** The subscription limit was reached: the caller gets TOO_MANY_SUBSCRIPTIONS. */
export class SubscriptionLimitError extends Error {
  constructor(readonly limit: number) {
    super(`this server already serves its limit of ${limit} subscriptions; try again later`);
    this.name = "SubscriptionLimitError";
  }
}

/** The server is shutting down: the caller gets SHUTTING_DOWN. */
export class SubscriptionsClosedError extends Error {
  constructor() {
    super("this server is shutting down; subscribe to another one or try again shortly");
    this.name = "SubscriptionsClosedError";
  }
}

/** One subscriber's queue of changes, as the async iterator graphql-js reads. */
class ChangeStream implements AsyncIterableIterator<LiveChange> {
  private readonly queue: LiveChange[] = [];
  private waiting: ((result: IteratorResult<LiveChange>) => void) | undefined;
  private ended = false;

  constructor(
    private readonly accepts: (change: LiveChange) => boolean,
    private readonly beforeEach: () => void,
    private readonly onEnd: (stream: ChangeStream) => void,
  ) {}

  /** Queues `change` when this subscriber wants it. */
  push(change: LiveChange): void {
    if (this.ended || !this.accepts(change)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.beforeEach();
      resolve({ value: change, done: false });
      return;
    }
    this.queue.push(change);
    if (this.queue.length > MAX_BUFFERED_CHANGES) this.queue.shift();
  }

  next(): Promise<IteratorResult<LiveChange>> {
    const change = this.queue.shift();
    if (change) {
      this.beforeEach();
      return Promise.resolve({ value: change, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** Ends the stream: the client went away, or the server is shutting down. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.onEnd(this);
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.({ value: undefined, done: true });
  }

  return(): Promise<IteratorResult<LiveChange>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<LiveChange>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveChange> {
    return this;
  }
}

/** What a subscriber wants, and what to do before each change is resolved. */
export interface SubscribeOptions {
  accepts: (change: LiveChange) => boolean;
  /** Runs before each change reaches the resolvers (the subscription clears its loaders). */
  beforeEach?: () => void;
  /** Ends the stream when aborted (the client disconnected). */
  signal?: AbortSignal;
}

/** Fans changes out to the open subscriptions of one server. */
export class ChangeHub {
  private readonly streams = new Set<ChangeStream>();
  private closed = false;
  /** Changes are handed out in arrival order, each after its entity look-up. */
  private delivery: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<DB>,
    /** Most subscriptions open at once. */
    readonly maxSubscriptions: number,
  ) {}

  /** How many subscriptions are open. */
  get size(): number {
    return this.streams.size;
  }

  /** Opens a stream at once (so nothing committed after this call is missed), within the limit. */
  subscribe(options: SubscribeOptions): AsyncIterableIterator<LiveChange> {
    if (this.closed) throw new SubscriptionsClosedError();
    if (this.streams.size >= this.maxSubscriptions)
      throw new SubscriptionLimitError(this.maxSubscriptions);
    const stream = new ChangeStream(options.accepts, options.beforeEach ?? (() => {}), (ended) =>
      this.streams.delete(ended),
    );
    this.streams.add(stream);
    // The response stream's cancel does not always reach the iterator while a read is pending;
    // the request's signal does, whenever the client goes away.
    const { signal } = options;
    if (signal) {
      if (signal.aborted) stream.end();
      else signal.addEventListener("abort", () => stream.end(), { once: true });
    }
    return stream;
  }

  /** Hands a committed change to every open subscription. */
  publish(change: ChangeEvent): void {
    if (this.closed) return;
    this.delivery = this.delivery.then(async () => {
      const live = await this.complete(change);
      if (!live) return;
      for (const stream of this.streams) stream.push(live);
    });
  }

  private async complete(change: ChangeEvent): Promise<LiveChange | undefined> {
    if (change.kind === "curation" || change.entityIds) return change as LiveChange;
    // Too many entities for a NOTIFY payload: read them, once for every subscriber.
    if (this.streams.size === 0) return undefined;
    try {
      return { ...change, entityIds: await findArticleEntityIds(this.db, change.articleId) };
    } catch (error) {
      process.stderr.write(
        `kg: live update for article ${change.articleId} skipped: ${error instanceof Error ? error.message : error}\n`,
      );
      return undefined;
    }
  }

  /** Ends every stream (clients see the subscription complete) and refuses new ones. */
  close(): void {
    this.closed = true;
    for (const stream of [...this.streams]) stream.end();
  }
}

/** A hub and the feed it listens to, closed together. */
export interface LiveChanges {
  hub: ChangeHub;
  close(): Promise<void>;
}

/**
 * Starts the live feed of a server: LISTEN on a Postgres server, so that writes by any process
 * arrive; the in-process bus on embedded PGlite, whose only writer is this process.
 */
export async function startLiveChanges(
  db: Kysely<DB>,
  database: { kind: "postgres"; url: string } | { kind: "pglite" },
  maxSubscriptions: number,
): Promise<LiveChanges> {
  const hub = new ChangeHub(db, maxSubscriptions);
  if (database.kind === "pglite") {
    const stop = onLocalChange((change) => hub.publish(change));
    return {
      hub,
      close: async () => {
        stop();
        hub.close();
      },
    };
  }
  const listener = new PostgresChangeListener(database.url, (change) => hub.publish(change));
  const listening = await listener.start();
  if (!listening)
    process.stderr.write("kg: live updates wait for the database; retrying in the background\n");
  return {
    hub,
    close: async () => {
      hub.close();
      await listener.close();
    },
  };
}
