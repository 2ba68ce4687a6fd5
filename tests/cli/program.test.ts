/**
 * `kg --help` lists the commands from a table in src/cli/program.ts without loading their
 * modules (so it answers at once); the table must say what the modules themselves register.
 */
import { describe, expect, it } from "vitest";
import { COMMANDS, listingProgram, loadedProgram, programFor } from "../../src/cli/program.js";

describe("the kg command listing", () => {
  it("lists every command exactly as its module defines it", async () => {
    const loaded = await loadedProgram(Object.keys(COMMANDS));
    expect(listingProgram().helpInformation()).toBe(loaded.helpInformation());
  }, 60_000);

  it("loads only the command that runs, and the full definition for `kg help <command>`", async () => {
    const ingest = await programFor(["ingest", "a.txt"]);
    expect(ingest.commands.map((command) => command.name())).toEqual(["ingest"]);
    expect(ingest.commands[0]?.options.some((option) => option.long === "--db")).toBe(true);
    const help = await programFor(["help", "query"]);
    expect(help.commands.map((command) => command.name())).toEqual(["query"]);
    const listing = await programFor(["--help"]);
    expect(listing.commands.map((command) => command.name())).toEqual(Object.keys(COMMANDS));
    expect(listing.commands.every((command) => command.options.length === 0)).toBe(true);
  }, 60_000);
});
