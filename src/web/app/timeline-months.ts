/** Month arithmetic for the timeline, free of the page so tests run it without a browser. */
import type { TimelineBucket } from "./api.js";

/** Months from the first to the last bucket, empty ones included, so the axis is even. */
export function fillMonths(buckets: readonly TimelineBucket[]): TimelineBucket[] {
  if (buckets.length === 0) return [];
  const byMonth = new Map(buckets.map((bucket) => [bucket.start.slice(0, 7), bucket]));
  const sorted = [...byMonth.keys()].sort();
  const [firstYear, firstMonth] = (sorted[0] as string).split("-").map(Number) as [number, number];
  const last = sorted[sorted.length - 1] as string;
  const months: TimelineBucket[] = [];
  for (let year = firstYear, month = firstMonth; ; ) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(byMonth.get(key) ?? { start: `${key}-01`, mentions: 0, relations: 0, articles: 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The last day of the month a bucket starts. */
export function monthEnd(start: string): string {
  const [year, month] = start.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${start.slice(0, 7)}-${String(days).padStart(2, "0")}`;
}
