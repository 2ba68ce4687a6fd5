/** Event dates stated in a sentence: "in February 1972" → "1972-02", "on Tuesday" → the Tuesday before publication. */
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";
/**
 * "24 February 2022" | "February 24, 2022" | "in February 1972" | "in 1991" | "on Tuesday" |
 * "last month" | "yesterday": one alternative per group set, matched over a sentence.
 */
const DATE_EXPRESSION = new RegExp(
  [
    `\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`,
    `\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`,
    `\\b${MONTH},? (\\d{4})\\b`,
    "\\b(?:in|since|during|until|by) (1[6-9]\\d\\d|20\\d\\d)\\b",
    "\\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
    "\\b(yesterday|last month|last year)\\b",
  ].join("|"),
  "g",
);

/** A date expression found in a sentence, with its character span in the article. */
export interface DateMention {
  start: number;
  end: number;
  /** "1972-02-24", "1972-02" or "1972". */
  value: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthOf(name: string | undefined): number {
  return MONTH_NUMBERS[(name ?? "").toLowerCase()] ?? 0;
}

function relativeTo(publishedAt: string | null, expression: string): string | null {
  if (!publishedAt) return null;
  const published = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(published.getTime())) return null;
  const lower = expression.toLowerCase();
  if (lower === "last year") return String(published.getUTCFullYear() - 1);
  if (lower === "last month") {
    const month = published.getUTCMonth(); // 0-based: the previous month, 1-based
    return month === 0
      ? `${published.getUTCFullYear() - 1}-12`
      : `${published.getUTCFullYear()}-${pad(month)}`;
  }
  const back =
    lower === "yesterday" ? 1 : (published.getUTCDay() - (WEEKDAY_NUMBERS[lower] ?? 0) + 7) % 7;
  const day = new Date(published.getTime() - back * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The date expressions of one sentence (offsets in the article), resolved against the publication date. */
export function findDates(
  sentence: string,
  sentenceStart: number,
  publishedAt: string | null,
): DateMention[] {
  const dates: DateMention[] = [];
  DATE_EXPRESSION.lastIndex = 0;
  for (let match = DATE_EXPRESSION.exec(sentence); match; match = DATE_EXPRESSION.exec(sentence)) {
    const g = match;
    let value: string | null = null;
    if (g[1]) value = `${g[3]}-${pad(monthOf(g[2]))}-${pad(Number(g[1]))}`;
    else if (g[4]) value = `${g[6]}-${pad(monthOf(g[4]))}-${pad(Number(g[5]))}`;
    else if (g[7]) value = `${g[8]}-${pad(monthOf(g[7]))}`;
    else if (g[9]) value = g[9];
    else if (g[10] || g[11]) value = relativeTo(publishedAt, (g[10] ?? g[11]) as string);
    if (value)
      dates.push({
        start: sentenceStart + match.index,
        end: sentenceStart + match.index + match[0].length,
        value,
      });
  }
  return dates;
}

/** The date nearest to a span, if the sentence states one. */
export function nearestDate(
  dates: readonly DateMention[],
  span: { start: number; end: number },
): string | null {
  let best: DateMention | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    const distance =
      date.start >= span.end
        ? date.start - span.end
        : date.end <= span.start
          ? span.start - date.end
          : 0;
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best?.value ?? null;
}
