/**
 * `kg ingest` arguments → the files to read, in a stable order. Folders are walked by hand so
 * that symlink loops end (each real folder is walked once), an unreadable entry is reported on
 * its own while the rest go in, and FIFOs, sockets and devices are refused rather than read
 * (reading a FIFO blocks forever). An argument of the form `scheme://…` is a page to fetch.
 */
import { createHash } from "node:crypto";
import { createReadStream, type Dirent, type Stats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { FetchError, fetchArticle, looksLikeUrl } from "../ingest/fetch-article.js";
import type { RawInput } from "../pipeline/1-intake/read-input.js";

/** File extensions a folder is searched for. */
export const INGESTIBLE_EXTENSIONS = [
  "txt",
  "md",
  "markdown",
  "html",
  "htm",
  "json",
  "jsonl",
  "ndjson",
];

const GLOB_CHARS = /[*?[\]{}]/;

/** Why an input cannot be read, as a code on its output line. */
export type InputProblemCode = "NOT_FOUND" | "UNREADABLE" | "NOT_A_FILE";

/** One thing to ingest: a file, stdin, an input that cannot be read, or a note (not a failure). */
export type Source =
  | { kind: "file"; path: string }
  | { kind: "url"; url: string }
  | { kind: "stdin" }
  | { kind: "missing"; path: string; reason: string; code: InputProblemCode }
  | { kind: "note"; path: string; message: string; code: string };

function isIngestible(name: string): boolean {
  const extension = path.extname(name).slice(1).toLowerCase();
  return INGESTIBLE_EXTENSIONS.includes(extension);
}

function describeSpecial(info: Stats | Dirent): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}

function errnoReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "EACCES" || code === "EPERM") return `permission denied (${code})`;
  if (code === "ELOOP") return "too many levels of symbolic links (ELOOP)";
  if (code === "ENOENT") return "broken link or vanished entry (ENOENT)";
  return code ? `${code}` : String(message);
}

function byRelativePath(a: { rel: string }, b: { rel: string }): number {
  return a.rel.localeCompare(b.rel, "en", { numeric: true });
}

/** Walks `root`, listing ingestible files and per-entry problems; `seen` holds real folder paths. */
async function walkFolder(root: string): Promise<Source[]> {
  const found: { rel: string; source: Source }[] = [];
  const seen = new Set<string>([await realpath(root)]);
  const visit = async (folder: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      found.push({
        rel,
        source: { kind: "missing", path: folder, reason: errnoReason(error), code: "UNREADABLE" },
      });
      return;
    }
    for (const entry of entries) {
      // Hidden files and folders stay out, as before (fast-glob's default).
      if (entry.name.startsWith(".")) continue;
      const full = path.join(folder, entry.name);
      const entryRel = rel ? path.join(rel, entry.name) : entry.name;
      let info: Stats | Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          info = await stat(full);
        } catch (error) {
          if (isIngestible(entry.name)) {
            found.push({
              rel: entryRel,
              source: {
                kind: "missing",
                path: full,
                reason: errnoReason(error),
                code: "UNREADABLE",
              },
            });
          }
          continue;
        }
      }
      if (info.isDirectory()) {
        let real: string;
        try {
          real = await realpath(full);
        } catch (error) {
          found.push({
            rel: entryRel,
            source: { kind: "missing", path: full, reason: errnoReason(error), code: "UNREADABLE" },
          });
          continue;
        }
        if (seen.has(real)) {
          // "a/loop -> .." would walk forever; a second link to one folder would ingest twice.
          found.push({
            rel: entryRel,
            source: {
              kind: "note",
              path: full,
              code: "SYMLINK_LOOP",
              message: `${full}: links to ${real}, which is walked already; not followed`,
            },
          });
          continue;
        }
        seen.add(real);
        await visit(full, entryRel);
      } else if (isIngestible(entry.name)) {
        found.push({
          rel: entryRel,
          source: info.isFile()
            ? { kind: "file", path: full }
            : { kind: "missing", path: full, reason: describeSpecial(info), code: "NOT_A_FILE" },
        });
      }
    }
  };
  await visit(root, "");
  return found.sort(byRelativePath).map((item) => item.source);
}

/** Expands the command's arguments into files, in a stable order. */
export async function expandSources(args: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of args) {
    if (arg === "-") {
      sources.push({ kind: "stdin" });
      continue;
    }
    // "https://…" is fetched when its turn comes (fetch-article.ts refuses other schemes).
    if (looksLikeUrl(arg)) {
      sources.push({ kind: "url", url: arg });
      continue;
    }
    let info: Stats | undefined;
    let statError: unknown;
    try {
      info = await stat(arg);
    } catch (error) {
      statError = error;
    }
    if (info?.isDirectory()) {
      sources.push(...(await walkFolder(arg)));
    } else if (info?.isFile()) {
      sources.push({ kind: "file", path: arg });
    } else if (info) {
      sources.push({
        kind: "missing",
        path: arg,
        reason: describeSpecial(info),
        code: "NOT_A_FILE",
      });
    } else if (GLOB_CHARS.test(arg)) {
      // Symlinked folders are not followed by patterns: they could loop.
      const files = await fg(arg, { onlyFiles: true, followSymbolicLinks: false });
      if (files.length === 0)
        sources.push({
          kind: "missing",
          path: arg,
          reason: "no file matches this pattern",
          code: "NOT_FOUND",
        });
      files.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      for (const file of files) sources.push({ kind: "file", path: file });
    } else {
      const code = (statError as NodeJS.ErrnoException | undefined)?.code;
      sources.push(
        code === "ENOENT" || code === undefined
          ? { kind: "missing", path: arg, reason: "no such file or folder", code: "NOT_FOUND" }
          : { kind: "missing", path: arg, reason: errnoReason(statError), code: "UNREADABLE" },
      );
    }
  }
  return sources;
}

async function hashFile(file: string): Promise<string | undefined> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    // Reading it again reports the problem on the file's own line.
    return undefined;
  }
  return hash.digest("hex");
}

/**
 * The sources in the order they are stored: inputs that cannot be read first (they are reported
 * at once), then files by the hash of their bytes, then stdin. Cross-article linking reads what
 * earlier articles stored, so storing a batch in an order fixed by its content gives the same
 * graph whatever order the files were named or listed in, and however many threads analyse them.
 */
export async function orderByContent(sources: readonly Source[]): Promise<Source[]> {
  const files: { source: Source; hash: string }[] = [];
  const rest: Source[] = [];
  for (const source of sources) {
    const hash = source.kind === "file" ? await hashFile(source.path) : undefined;
    if (hash === undefined) rest.push(source);
    else files.push({ source, hash });
  }
  files.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  // Pages by address: their content is known only once fetched.
  const urls = rest
    .flatMap((source) => (source.kind === "url" ? [source] : []))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return [
    ...rest.filter((source) => source.kind !== "stdin" && source.kind !== "url"),
    ...files.map(({ source }) => source),
    ...urls,
    ...rest.filter((source) => source.kind === "stdin"),
  ];
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A source's bytes as an intake input, or why they could not be had (a code and a message). */
export type ReadSource =
  | { ok: true; input: RawInput }
  | { ok: false; name: string; code: string; message: string };

/**
 * Reads a file or stdin, or fetches a page (the limits of fetch-article.ts; the input keeps its
 * format and the address it was read from), for `kg ingest` and `kg enqueue` alike.
 */
export async function readSource(
  source: Extract<Source, { kind: "file" | "stdin" | "url" }>,
  limits: { maxArticleBytes: number; fetchTimeoutMs: number },
): Promise<ReadSource> {
  const name = source.kind === "stdin" ? "stdin" : source.kind === "url" ? source.url : source.path;
  try {
    if (source.kind === "url") {
      const page = await fetchArticle(source.url, limits.maxArticleBytes, {
        timeoutMs: limits.fetchTimeoutMs,
      });
      return {
        ok: true,
        input: { bytes: page.bytes, name, format: page.format, meta: { url: page.url } },
      };
    }
    const bytes = source.kind === "stdin" ? await readStdin() : await readFile(source.path);
    return { ok: true, input: { bytes, name } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = error instanceof FetchError ? error.code : "UNREADABLE";
    return { ok: false, name, code, message: `${name}: ${reason}` };
  }
}
