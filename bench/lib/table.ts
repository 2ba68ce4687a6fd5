/** Markdown tables for benchmark output. */

/** A table cell: numbers are printed with thousands separators, absent values as "–". */
export type Cell = string | number | null | undefined;

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "–";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "–";
    const digits = Math.abs(cell) >= 100 ? 0 : Math.abs(cell) >= 10 ? 1 : 2;
    return cell.toLocaleString("en-US", { maximumFractionDigits: digits });
  }
  return cell.replaceAll("|", "\\|");
}

/** Renders a GitHub-flavoured Markdown table, padded to line up; numeric columns are right-aligned. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const numeric = headers.map((_, column) =>
    rows.every(
      (row) => row[column] === null || row[column] === undefined || typeof row[column] === "number",
    ),
  );
  const cells = rows.map((row) => headers.map((_, column) => formatCell(row[column])));
  const widths = headers.map((header, column) =>
    Math.max(header.length, 3, ...cells.map((row) => (row[column] as string).length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values
      .map((value, column) => {
        const width = widths[column] as number;
        return numeric[column] ? value.padStart(width) : value.padEnd(width);
      })
      .join(" | ")} |`;
  const rule = `| ${widths
    .map((width, column) => (numeric[column] ? `${"-".repeat(width - 1)}:` : "-".repeat(width)))
    .join(" | ")} |`;
  return [line(headers), rule, ...cells.map(line)].join("\n");
}
