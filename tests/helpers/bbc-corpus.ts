/** The BBC corpus for tests that run the pipeline on real news. */
import { readdirSync } from "node:fs";
import path from "node:path";

/** Read at run time from the shared folder, never copied into the repository. */
export const BBC = "../shared/data/bbc-news";

/** Every article file of the corpus (all five sections), in path order. */
export function bbcFiles(): string[] {
  return readdirSync(BBC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(path.join(BBC, folder.name))
        .filter((name) => name.endsWith(".txt"))
        .map((name) => path.join(BBC, folder.name, name)),
    )
    .sort();
}
