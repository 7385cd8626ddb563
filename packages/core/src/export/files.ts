/**
 * The tables of a report (see `table.ts`) as the two files a leader downloads.
 *
 * CSV: csv-stringify (maintained, no dependencies) with its formula escaping on, and every text
 * cell also put through `guardCell`, the one rule Chorus uses for cells a spreadsheet would run
 * (`=`, `+`, `-`, `@`, tab or carriage return first, and an apostrophe before one of those).
 * XLSX: write-excel-file (maintained, needs only fflate), every word cell written as a string,
 * never as a formula, so a child's `=HYPERLINK(…)` is shown as the words it is.
 */
import { stringify } from "csv-stringify/sync";
import { guardCell } from "../survey/csv.js";
import { type Cell, HIDDEN_WORDS, type Table } from "./table.js";

const asText = (cell: Cell): string | number =>
  typeof cell === "object" ? HIDDEN_WORDS : typeof cell === "string" ? guardCell(cell) : cell;

/**
 * One CSV file: each table under its name, with a blank line between, UTF-8 with a byte-order
 * mark (spreadsheets read a file without one in the local code page and garble other scripts).
 * `titles: false` leaves the names out, for one table that tools should read from its header.
 */
export function toCsv(tables: Table[], options: { titles?: boolean } = {}): string {
  const records: (string | number)[][] = [];
  tables.forEach((table, index) => {
    if (index > 0) records.push([]);
    if (options.titles !== false) records.push([table.name]);
    records.push(table.columns.map((column) => guardCell(column.label)));
    for (const row of table.rows) records.push(row.map(asText));
  });
  return stringify(records, {
    bom: true,
    escape_formulas: true,
    record_delimiter: "windows",
    // A lone carriage return would end the row in a spreadsheet and start a cell with what
    // follows it (csv-stringify quotes only for the whole CRLF): quote any cell with one.
    quoted_match: /[\r\n]/,
  });
}

const WIDTH: Record<string, number> = { text: 40, count: 14, share: 10, mean: 10 };

/** One workbook, a sheet per table, header row bold and kept in view. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const sheets = tables.map((table) => ({
    sheet: table.name,
    stickyRowsCount: 1,
    columns: table.columns.map((column) => ({ width: WIDTH[column.kind] })),
    data: [
      table.columns.map((column) => ({
        type: String,
        value: column.label,
        fontWeight: "bold" as const,
      })),
      ...table.rows.map((row) =>
        row.map((cell) =>
          typeof cell === "number"
            ? { type: Number, value: cell }
            : // Words are always a string cell: whatever they start with, never a formula.
              { type: String, value: typeof cell === "object" ? HIDDEN_WORDS : cell },
        ),
      ),
    ],
  }));
  // Loaded on first use: a Lambda that never writes a workbook does not parse the writer.
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  return writeXlsxFile(sheets).toBuffer();
}
