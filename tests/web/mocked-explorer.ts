/**
 * The explorer served by a real `kg serve` on an empty database, its GraphQL answered by the
 * test (page.route): for states that are hard to make real on demand (a 500-node graph, a cut
 * neighbourhood, dated activity, an unreachable server).
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Browser, Route } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startKgServe, stopKgServe } from "../helpers/cli.js";
import { createTestTarget } from "../helpers/db.js";
import { ARTIFACTS, launchChromium } from "./chromium.js";

/** What the hooks set up: read its fields inside tests, after beforeAll ran. */
export interface ExplorerFixture {
  browser: Browser;
  server: { url: string; child: ChildProcess };
}

/** Starts a server and a browser before the file's tests and stops them after. */
export function useMockedExplorer(): ExplorerFixture {
  const fixture = {} as ExplorerFixture;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const target = await createTestTarget();
    cleanup = target.cleanup;
    fixture.server = await startKgServe(["--db", target.target, "--no-sample"]);
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await stopKgServe(fixture.server);
    await cleanup?.();
  });
  return fixture;
}

/** A GraphQL operation as the page sent it. */
export interface SentOperation {
  name: string;
  variables: Record<string, unknown>;
}

/**
 * Answers the page's GraphQL operations by name: `answers` maps a name to its `data` (or to a
 * function of the operation); an operation without an answer gets an "unmocked" error.
 */
export function answerGraphql(
  answers: Record<string, Record<string, unknown> | ((operation: SentOperation) => unknown)>,
) {
  return async (route: Route) => {
    const body = route.request().postDataJSON() as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const operation = {
      name: /query (\w+)/.exec(body.query)?.[1] ?? "",
      variables: body.variables ?? {},
    };
    const answer = answers[operation.name];
    const data = typeof answer === "function" ? answer(operation) : answer;
    if (data === undefined)
      return route.fulfill({
        status: 200,
        json: { errors: [{ message: `unmocked ${operation.name}` }] },
      });
    return route.fulfill({ status: 200, json: { data } });
  };
}
