import { describe, expect, it } from "vitest";
import { countryNamedIn } from "../../../src/pipeline/5-relate/knowledge.js";

describe("countryNamedIn: the one country an organisation's own name names", () => {
  const rows: [name: string, country: string | undefined][] = [
    ["Bank of Japan", "JPN"],
    ["Air France", "FRA"],
    ["US Army", "USA"],
    ["Israeli Air Force", "ISR"],
    ["United States Tennis Association", "USA"],
    // The longest gazetteer name wins: a state, not Mexico.
    ["New Mexico State University", undefined],
    // Two countries, or only the country's word, say nothing.
    ["British American Tobacco", undefined],
    ["Jordan", undefined],
    // An award is nowhere; a demonym at the end is a name cut before its noun.
    ["Nobel Peace Prize", undefined],
    ["Tampa Bay Buccaneers American", undefined],
    ["European Commission", undefined],
    // A country's medium is no body of it; a broadcaster's longer name is.
    ["US TV", undefined],
    ["British television", undefined],
    ["US DVD", undefined],
    ["China Central TV", "CHN"],
    ["Israel Radio", "ISR"],
  ];
  it.each(rows)("%s → %s", (name, country) => {
    expect(countryNamedIn(name)).toBe(country);
  });
});
