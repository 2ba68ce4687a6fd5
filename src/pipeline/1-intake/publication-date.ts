/** Date lines and metadata dates → ISO strings ("2023-03-23" when only the day is known). */
import { MONTH_NUMBERS_ABBREVIATED } from "../model/lexicons/calendar-names.js";

/** "Sept." → "Sept": an abbreviation's dot. */
const TRAILING_DOT_RE = /\.$/;

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
/** "Published: ", "Updated on " and similar labels in front of a date line. */
const DATE_LABEL = "(?:(?:published|posted|updated|last updated|date|dated)(?:\\s+on)?:?\\s+)?";
/** ", 14:05 GMT", " 2:30pm ET", " - 10:00" after a date line. */
const TIME_SUFFIX =
  "(?:\\s*(?:,|-|–|—|\\||at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}|\\s*[+-]\\d{2}:?\\d{2})?)?";

/** "Thursday 23 March 2023", "23rd Mar. 2023": day month year date line. */
const DAY_MONTH_YEAR_RE = new RegExp(
  `^${DATE_LABEL}(?:${WEEKDAY}\\s+)?${DAY}\\s+${MONTH_NAME},?\\s+${YEAR}${TIME_SUFFIX}$`,
  "i",
);
/** "March 23, 2023", "Thursday, March 23rd 2023": month day year date line. */
const MONTH_DAY_YEAR_RE = new RegExp(
  `^${DATE_LABEL}(?:${WEEKDAY}\\s+)?${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}${TIME_SUFFIX}$`,
  "i",
);
/** "2023-03-23": ISO date line. */
const ISO_DATE_LINE_RE = new RegExp(`^${DATE_LABEL}(\\d{4})-(\\d{2})-(\\d{2})${TIME_SUFFIX}$`, "i");
/** "2023-03-23" or "2023-03-23T10:15:00Z" at the start of a metadata value. */
const ISO_DATE_PREFIX_RE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2}))/;
/** "2023-03-23T10:15:00+01:00": a timestamp with a time part. */
const ISO_TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** "14:05" or "2.30": a clock time, which makes a date a timestamp. */
const CLOCK_TIME_RE = /\d[:.]\d{2}/;
/** "2023": free-form dates without a year are too vague to trust. */
const FOUR_DIGIT_YEAR_RE = /\d{4}/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Builds "YYYY-MM-DD" when year/month/day form a real calendar date, else null. */
function formatCalendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS_ABBREVIATED[name.toLowerCase().replace(TRAILING_DOT_RE, "")] ?? 0;
}

/** Reads a whole line as a date ("23 March 2023", "March 23, 2023", "2023-03-23") → "2023-03-23", else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 80) return null;
  let m = DAY_MONTH_YEAR_RE.exec(text);
  if (m) return formatCalendarDate(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]));
  m = MONTH_DAY_YEAR_RE.exec(text);
  if (m) return formatCalendarDate(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  m = ISO_DATE_LINE_RE.exec(text);
  if (m) return formatCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * Normalises a metadata date (string or epoch number) to "YYYY-MM-DD" when only the day is known,
 * else a full ISO 8601 timestamp in UTC; unparseable values give null.
 */
export function normalisePublishedAt(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    // 1679529600 (seconds) vs 1679529600000 (milliseconds)
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  const iso = ISO_DATE_PREFIX_RE.exec(text);
  if (iso) {
    const day = formatCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === null) return null;
    if (!ISO_TIMESTAMP_RE.test(text)) return day;
    const parsed = new Date(text.replace(" ", "T"));
    return Number.isNaN(parsed.getTime()) ? day : parsed.toISOString();
  }
  const line = parseDateLine(text);
  if (line !== null && !CLOCK_TIME_RE.test(text)) return line;
  // "Thu, 23 Mar 2023 10:15:00 GMT" (RFC 2822, as in RSS feeds)
  if (!FOUR_DIGIT_YEAR_RE.test(text)) return null;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return line;
  return parsed.toISOString();
}
