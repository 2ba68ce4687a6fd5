/** Progress for a pass over the corpus, on stderr so stdout stays the result. */

/** Files between two progress lines. */
const EVERY = 250;

/** Writes "analysed 500/2225 articles" every EVERY files and at the last one. */
export function reportProgress(done: number, total: number): void {
  if (done % EVERY === 0 || done === total)
    process.stderr.write(`analysed ${done}/${total} articles\n`);
}
