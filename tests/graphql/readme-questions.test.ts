/**
 * The README's "Questions and how to ask them": every query block, read from the README as
 * written, runs against the bundled sample graph and must return the right, non-empty answer.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSampleIfEmpty } from "../../src/server/sample.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const SECTION = "## Questions and how to ask them";
const QUESTION_RE = /\*\*(\d+)\. ([^*]+)\*\*[\s\S]*?```graphql\n([\s\S]*?)```/g;
/** `# $from = "Joe Biden"`: the variable takes that entity's id. */
const VARIABLE_RE = /^# \$(\w+) = "([^"]+)"$/gm;

interface Question {
  number: number;
  title: string;
  query: string;
}

function readQuestions(): Question[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf(SECTION);
  expect(start, "the README has the section").toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + SECTION.length);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(QUESTION_RE)].map((match) => ({
    number: Number(match[1]),
    title: match[2]!.trim(),
    query: match[3]!,
  }));
}

const questions = readQuestions();
let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const outcomes = await loadSampleIfEmpty(database.db, 2_000_000);
  expect(outcomes.filter((outcome) => outcome.status === "ingested")).toHaveLength(3);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

async function idOf(name: string): Promise<string> {
  const result = await client.gql(
    "query($q: String!) { searchEntities(query: $q, first: 1) { entity { id name } } }",
    { q: name },
  );
  const hit = result.data.searchEntities[0];
  expect(hit?.entity.name).toBe(name);
  return hit.entity.id;
}

async function ask(number: number): Promise<any> {
  const question = questions.find((item) => item.number === number);
  expect(question, `question ${number} is in the README`).toBeDefined();
  const variables: Record<string, string> = {};
  for (const [, name, entity] of question!.query.matchAll(VARIABLE_RE)) {
    variables[name!] = await idOf(entity!);
  }
  const result = await client.gql(question!.query, variables);
  expect(result.errors, question!.title).toBeUndefined();
  return result.data;
}

const nodes = (connection: any) => connection.edges.map((edge: any) => edge.node);
const pair = (relation: any) => [relation.subject.name, relation.object.name].sort().join(" + ");

describe(`the README's analyst questions on the sample graph (${BACKEND})`, () => {
  it("lists ten numbered questions", () => {
    expect(questions.map((question) => question.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("1. the most connected people: Xi Jinping first", async () => {
    const top = (await ask(1)).graphStats.topEntities;
    expect(top).toHaveLength(5);
    expect(top[0].name).toBe("Xi Jinping");
    expect(top.map((entity: any) => entity.name)).toContain("Joe Biden");
    const degrees = top.map((entity: any) => entity.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it("2. the most mentioned countries: Russia first", async () => {
    const countries = nodes((await ask(2)).entities);
    expect(countries[0].name).toBe("Russia");
    expect(countries.map((country: any) => country.name)).toEqual(
      expect.arrayContaining(["United States", "Finland", "China"]),
    );
    const counts = countries.map((country: any) => country.mentionCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it("3. who met whom, with the sentence that says so", async () => {
    const meetings = nodes((await ask(3)).relations);
    expect(meetings.map(pair)).toEqual(
      expect.arrayContaining(["Joe Biden + Xi Jinping", "Fumio Kishida + Xi Jinping"]),
    );
    for (const meeting of meetings) {
      expect(meeting.evidence[0].sentence).toContain("met");
      expect(meeting.evidence[0].article.title).toBeTruthy();
    }
  });

  it("4. who leads what", async () => {
    const leaders = nodes((await ask(4)).relations).map(
      (relation: any) => `${relation.subject.name} > ${relation.object.name}`,
    );
    expect(leaders).toEqual(
      expect.arrayContaining([
        "Xi Jinping > China",
        "Joe Biden > United States",
        "Recep Tayyip Erdogan > Turkey",
      ]),
    );
  });

  it("5. whom Xi Jinping met", async () => {
    const xi = nodes((await ask(5)).entities)[0];
    expect(xi.name).toBe("Xi Jinping");
    const met = nodes(xi.relations)
      .map((relation: any) =>
        relation.subject.name === "Xi Jinping" ? relation.object.name : relation.subject.name,
      )
      .sort();
    expect(met).toEqual(["Fumio Kishida", "Joe Biden"]);
  });

  it("6. the countries named most with Russia: Turkey first, only countries", async () => {
    const russia = nodes((await ask(6)).entities)[0];
    expect(russia.name).toBe("Russia");
    const partners = russia.coOccurrences.map((item: any) => item.entity.name);
    expect(partners[0]).toBe("Turkey");
    expect(partners).toEqual(expect.arrayContaining(["Ukraine", "United States"]));
    expect(partners).not.toContain("Vladimir Putin");
  });

  it("7. the sentences naming Xi Jinping and Joe Biden together", async () => {
    const xi = nodes((await ask(7)).entities)[0];
    const biden = xi.coOccurrences.find((item: any) => item.entity.name === "Joe Biden");
    expect(biden).toBeDefined();
    const sentences = nodes(biden.sentences);
    expect(sentences.length).toBeGreaterThan(0);
    expect(biden.sentences.totalCount).toBe(sentences.length);
    for (const sentence of sentences) {
      expect(sentence.sentence).toMatch(/Xi/);
      expect(sentence.sentence).toMatch(/Biden/);
      expect(sentence.article.title).toMatch(/Biden and Xi/);
      expect(sentence.end).toBeGreaterThan(sentence.start);
    }
  });

  it("8. how Joe Biden is connected to Fumio Kishida: through Xi Jinping, each chain once", async () => {
    const paths = (await ask(8)).paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].nodes.map((node: any) => node.label)).toEqual([
      "Joe Biden",
      "Xi Jinping",
      "Fumio Kishida",
    ]);
    expect(paths[0].edges.map((hop: any) => hop.edge.type)).toEqual(["MET_WITH", "MET_WITH"]);
    const chains = paths.map((path: any) => path.nodes.map((node: any) => node.label).join(">"));
    expect(new Set(chains).size).toBe(chains.length);
  });

  it("9. Xi Jinping's neighbourhood, edges labelled at both ends", async () => {
    const graph = nodes((await ask(9)).entities)[0].neighbors;
    const labels = new Map(graph.nodes.map((node: any) => [node.id, node.label]));
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      expect(edge.sourceLabel).toBe(labels.get(edge.source));
      expect(edge.targetLabel).toBe(labels.get(edge.target));
    }
    expect(
      graph.edges.some(
        (edge: any) =>
          edge.type === "MET_WITH" &&
          [edge.sourceLabel, edge.targetLabel].sort().join("+") === "Joe Biden+Xi Jinping" &&
          edge.directed === false,
      ),
    ).toBe(true);
  });

  it("10. the grain deal article and whom it names", async () => {
    const articles = nodes((await ask(10)).articles);
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toMatch(/Black Sea grain deal/);
    expect(articles[0].tags).toEqual([]);
    expect(articles[0].entities.map((entity: any) => entity.name)).toEqual(
      expect.arrayContaining(["Russia", "Turkey", "Ukraine", "Antonio Guterres"]),
    );
  });
});
