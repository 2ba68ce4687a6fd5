/** Date arguments ("since", "until") as the API, the CLI and the exports all accept them. */

// "2023", "2023-03", "2023-03-23", "2023-03-23T10:15:00Z": a period, or an instant inside one day.
const DATE_ARGUMENT_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The days a date argument covers, as inclusive YYYY-MM-DD bounds ("2023-03" → 2023-03-01 … 2023-03-31). */
export interface DatePeriod {
  first: string;
  last: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads YYYY, YYYY-MM, YYYY-MM-DD or a full ISO timestamp (its calendar day); undefined when malformed or not a real date. */
export function parseDateArgument(value: string): DatePeriod | undefined {
  const match = DATE_ARGUMENT_RE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { first: isoDay(year, 1, 1), last: isoDay(year, 12, 31) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const monthDays = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { first: isoDay(year, month, 1), last: isoDay(year, month, monthDays) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > monthDays) return undefined;
  const date = isoDay(year, month, day);
  return { first: date, last: date };
}
