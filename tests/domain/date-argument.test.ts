import { describe, expect, it } from "vitest";
import { type DatePeriod, parseDateArgument } from "../../src/domain/date-argument.js";

describe("parseDateArgument", () => {
  const rows: [string, DatePeriod | undefined][] = [
    ["2023", { first: "2023-01-01", last: "2023-12-31" }],
    ["2023-03", { first: "2023-03-01", last: "2023-03-31" }],
    ["2024-02", { first: "2024-02-01", last: "2024-02-29" }],
    ["2023-02", { first: "2023-02-01", last: "2023-02-28" }],
    ["2023-03-23", { first: "2023-03-23", last: "2023-03-23" }],
    ["2023-03-23T10:15:00Z", { first: "2023-03-23", last: "2023-03-23" }],
    ["2023-03-23T10:15:00.250+02:00", { first: "2023-03-23", last: "2023-03-23" }],
    ["2023-03-23T10:15", { first: "2023-03-23", last: "2023-03-23" }],
    ["1972-12", { first: "1972-12-01", last: "1972-12-31" }],
    ["2023-13", undefined],
    ["2023-00", undefined],
    ["2023-02-30", undefined],
    ["2023-04-31", undefined],
    ["2023-3-23", undefined],
    ["23", undefined],
    ["March", undefined],
    ["March 2023", undefined],
    ["2023-03-23 10:15", undefined],
    ["2023-03-23Tnoon", undefined],
    ["", undefined],
  ];
  it.each(rows)("%j → %o", (value, expected) => {
    expect(parseDateArgument(value)).toEqual(expected);
  });
});
