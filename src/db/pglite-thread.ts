/**
 * PGlite on a thread of its own, for `kg serve`: PGlite runs SQL synchronously on the thread that
 * owns it, so in the server's thread one long statement (a 900 KB article's row and search vector)
 * held every other request, /health included, for hundreds of milliseconds. Here the main thread
 * keeps node-postgres (the same client, type parsing and errors as on a Postgres server) and
 * sends its wire-protocol messages to a worker that owns PGlite; only the parsing of answers
 * stays on the main thread.
 */
import { EventEmitter } from "node:events";
import { Worker } from "node:worker_threads";
import { serialize } from "pg-protocol";
import { Parser } from "pg-protocol/dist/parser.js";
import type { ThreadRequest, ThreadResponse } from "./pglite-thread-worker.js";

// Compiled (dist/), the worker runs its JavaScript; from sources, a shim loads it through tsx.
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith(".js") ? "./pglite-thread-worker.js" : "./pglite-thread-worker.mjs",
  import.meta.url,
);

/** The worker that owns PGlite, and the request/response plumbing to it. */
class PgliteThread {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (bytes: Uint8Array | undefined) => void; reject: (error: Error) => void }
  >();
  readonly ready: Promise<void>;
  private failure: Error | undefined;

  constructor(dataDir: string) {
    this.worker = new Worker(WORKER_ENTRY, { workerData: { dataDir } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (message: ThreadResponse) => {
        if ("ready" in message) resolve();
        else if ("error" in message && message.id === undefined) {
          const error = new Error(message.error);
          this.fail(error);
          reject(error);
        } else this.settle(message);
      });
      this.worker.on("error", (error) => {
        this.fail(error);
        reject(error);
      });
      this.worker.on("exit", (code) => {
        const error = new Error(`the PGlite thread exited (code ${code})`);
        this.fail(error);
        reject(error);
      });
    });
  }

  private settle(message: ThreadResponse & { id?: number }): void {
    const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
    if (!pending || message.id === undefined) return;
    this.waiting.delete(message.id);
    if ("error" in message) pending.reject(new Error(message.error));
    else pending.resolve("bytes" in message ? message.bytes : undefined);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.waiting.values()) pending.reject(error);
    this.waiting.clear();
  }

  private request(body: { bytes: Uint8Array } | { close: true }): Promise<Uint8Array | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message = { id, ...body } as ThreadRequest;
      this.worker.postMessage(message);
    });
  }

  /** Runs protocol messages; resolves with PGlite's raw answer. */
  async exec(bytes: Uint8Array): Promise<Uint8Array> {
    return (await this.request({ bytes })) ?? new Uint8Array();
  }

  /** Closes PGlite (flushing the data folder) and ends the thread. */
  async close(): Promise<void> {
    if (!this.failure) await this.request({ close: true }).catch(() => undefined);
    await this.worker.terminate();
  }
}

/**
 * A node-postgres Connection whose bytes go to the PGlite thread instead of a socket: the client
 * serialises messages as for a server, this parses the answers and emits them as a socket
 * connection does. PGlite needs no start-up or authentication, so connecting is being ready.
 */
class ThreadConnection extends EventEmitter {
  _connecting = false;
  readonly stream = { destroy: () => this.end() };
  parsedStatements: Record<string, unknown> = {};
  submittedNamedStatements: Record<string, unknown> = {};
  private chain: Promise<void>;

  constructor(private readonly thread: PgliteThread) {
    super();
    this.chain = thread.ready;
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.thread.ready;
    process.nextTick(() => this.emit("readyForQuery"));
  }

  private send(bytes: Uint8Array): void {
    this.chain = this.chain
      .then(() => this.thread.exec(bytes))
      .then((answer) => {
        // Each answer is whole: a fresh parser per answer never carries a partial message over.
        new Parser().parse(
          Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength),
          (msg) => {
            this.emit("message", msg);
            this.emit(msg.name === "error" ? "errorMessage" : msg.name, msg);
          },
        );
      })
      .catch((error: unknown) => {
        this.emit("error", error);
      });
  }

  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}
  sendSASLInitialResponseMessage(mechanism: string, initialResponse: string): void {
    this.send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
  }
  sendSCRAMClientFinalMessage(additionalData: string): void {
    this.send(serialize.sendSCRAMClientFinalMessage(additionalData));
  }
  query(text: string): void {
    this.send(serialize.query(text));
  }
  parse(query: Parameters<typeof serialize.parse>[0]): void {
    this.send(serialize.parse(query));
  }
  bind(config: Parameters<typeof serialize.bind>[0]): void {
    this.send(serialize.bind(config));
  }
  execute(config: Parameters<typeof serialize.execute>[0]): void {
    this.send(serialize.execute(config));
  }
  flush(): void {
    this.send(serialize.flush());
  }
  sync(): void {
    this.send(serialize.sync());
  }
  close(msg: Parameters<typeof serialize.close>[0]): void {
    this.send(serialize.close(msg));
  }
  describe(msg: Parameters<typeof serialize.describe>[0]): void {
    this.send(serialize.describe(msg));
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.send(serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.send(serialize.copyFail(message));
  }
  end(): void {
    this.chain = this.chain.then(() => {
      this.emit("end");
    });
  }
}

/** PGlite on its own thread: a pool configuration for node-postgres, and how to close it. */
export interface ThreadedPglite {
  /** For `new pg.Pool(...)`: one client, whose connection talks to the thread. */
  poolConfig: { connection: ThreadConnection; max: 1; idleTimeoutMillis: 0 };
  close(): Promise<void>;
}

/** Starts PGlite on `dataDir` in a worker thread; resolves once it is ready. */
export async function openThreadedPglite(dataDir: string): Promise<ThreadedPglite> {
  const thread = new PgliteThread(dataDir);
  try {
    await thread.ready;
  } catch (error) {
    await thread.close().catch(() => undefined);
    throw error;
  }
  return {
    poolConfig: { connection: new ThreadConnection(thread), max: 1, idleTimeoutMillis: 0 },
    close: () => thread.close(),
  };
}
