/**
 * A survey's strings as CSV for translators: one row per string key (see `translation.ts`), one
 * column per language, header `key,en,pl,…`. RFC 4180 quoting, UTF-8. An empty cell means "no
 * words in this language yet", so exporting and importing again changes nothing.
 */
import * as v from "valibot";
import { LanguageCode, type Text } from "./base.js";
import { SurveyVersion } from "./schema.js";
import { stringSlots, surveyLanguages } from "./translation.js";

// Spreadsheet programs read a file without it as the local code page and garble every
// non-Latin script, which is most of what translators send back.
const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would run as a formula when the file is opened (`=`, `+`, `-`, `@`, a tab
 * or a carriage return first) is written with an apostrophe in front, which spreadsheets show
 * as text. A cell that already starts with an apostrophe before one of those gets one more, so
 * `unguardCell` gives back exactly what was written, whatever it was.
 */
const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

export function guardCell(cell: string): string {
  return FORMULA_LEAD.test(cell) ? `'${cell}` : cell;
}

/** The words of a cell written by `guardCell` (a spreadsheet keeps the apostrophe we added). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_LEAD.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quoteCell(cell: string): string {
  const safe = guardCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as RFC 4180 text, CRLF line ends, every cell safe to open in a spreadsheet. The one CSV
 * writer for everything Chorus lets people download.
 */
export function formatCsv(rows: string[][]): string {
  return rows.map((row) => `${row.map(quoteCell).join(",")}\r\n`).join("");
}

/**
 * Parses RFC 4180 text (LF line ends and a leading byte-order mark are accepted too), with the
 * line each row starts on, for messages.
 */
export function parseCsv(
  text: string,
): { rows: string[][]; lines: number[] } | { problem: string } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    lines.push(rowLine);
    row = [];
    cell = "";
  };
  let i = text.startsWith(BOM) ? 1 : 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === "") {
      for (i++; ; i++) {
        if (i >= text.length) return { problem: `Line ${rowLine}: a quoted cell is never closed.` };
        if (text[i] === "\n") line++;
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"') cell += text[i++];
        else break;
      }
      if (i + 1 < text.length && !/[,\r\n]/.test(text[i + 1]!)) {
        return { problem: `Line ${line}: a quoted cell must end at a comma or the line's end.` };
      }
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      rowLine = ++line;
    } else {
      cell += char;
    }
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return { rows, lines };
}

/** Every string of the survey, one row per key and one column per language. */
/**
 * The sheet: every language, or with `language` only the default language and that one, for a
 * single translator (reading it back touches no other column).
 */
export function exportStringsCsv(survey: SurveyVersion, language?: string): string {
  const languages = language
    ? [...new Set([survey.defaultLanguage, language])]
    : surveyLanguages(survey);
  const rows = stringSlots(survey).map((slot) => {
    const text = slot.holder[slot.field] as Text;
    return [slot.key, ...languages.map((code) => text[code] ?? "")];
  });
  return BOM + formatCsv([["key", ...languages], ...rows]);
}

export type CsvImport =
  | {
      ok: true;
      survey: SurveyVersion;
      /** Keys whose words changed, in the file's order. */
      changed: string[];
      /** Languages the file brought that the survey did not have. */
      added: string[];
    }
  | { ok: false; problems: string[] };

/**
 * Reads a translator's CSV back into a copy of the survey. Rows set their key's words in each
 * column's language (an empty cell removes them); keys not in the file are left alone. Any
 * problem (an unknown key, a bad header, a required string left empty) is reported and the
 * survey is not changed at all.
 */
export function importStringsCsv(survey: SurveyVersion, csv: string): CsvImport {
  const parsed = parseCsv(csv);
  if ("problem" in parsed) return { ok: false, problems: [parsed.problem] };
  const [header = [], ...body] = parsed.rows;
  const problems: string[] = [];
  if (header[0]?.trim().toLowerCase() !== "key") {
    return { ok: false, problems: ['Line 1 must start with "key", then one language per column.'] };
  }
  while (header.length > 1 && header.at(-1)!.trim() === "") header.pop();
  const languages = header.slice(1).map((cell) => cell.trim());
  languages.forEach((language, i) => {
    if (!v.is(LanguageCode, language)) {
      problems.push(`Line 1, column ${i + 2}: "${language}" is not a language tag such as pl.`);
    } else if (languages.indexOf(language) !== i) {
      problems.push(`Line 1: the language "${language}" has two columns.`);
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const copy = structuredClone(survey);
  const slots = new Map(stringSlots(copy).map((slot) => [slot.key, slot]));
  const seen = new Set<string>();
  const changed: string[] = [];
  body.forEach((cells, index) => {
    const line = parsed.lines[index + 1]!;
    if (cells.every((cell) => cell.trim() === "")) return;
    // Spreadsheets sometimes keep empty cells past the last column; they carry nothing.
    const extra = cells.slice(header.length);
    const row = extra.every((cell) => cell.trim() === "") ? cells.slice(0, header.length) : cells;
    const key = row[0]!.trim();
    const slot = slots.get(key);
    if (row.length !== header.length) {
      problems.push(`Line ${line}: ${row.length} cells, but the header has ${header.length}.`);
    } else if (!slot) problems.push(`Line ${line}: there is no string with the key "${key}".`);
    else if (seen.has(key)) problems.push(`Line ${line}: the key "${key}" is there twice.`);
    else {
      seen.add(key);
      const before = JSON.stringify(slot.holder[slot.field]);
      const text: Text = { ...(slot.holder[slot.field] as Text) };
      languages.forEach((language, i) => {
        const words = unguardCell(row[i + 1]!.trim());
        if (words) text[language] = words;
        else delete text[language];
      });
      const problem = emptiedProblem(text, slot.required, languages, copy.defaultLanguage);
      if (problem) problems.push(`Line ${line}: "${key}" ${problem}.`);
      if (Object.keys(text).length === 0) delete slot.holder[slot.field];
      else slot.holder[slot.field] = text;
      if (JSON.stringify(slot.holder[slot.field]) !== before) changed.push(key);
    }
  });
  const added = languages.filter((language) => !copy.languages.includes(language));
  copy.languages.push(...added);
  if (problems.length === 0) {
    const checked = v.safeParse(SurveyVersion, copy);
    if (!checked.success) problems.push(...checked.issues.map((issue) => issue.message));
    else return { ok: true, survey: checked.output, changed, added };
  }
  return { ok: false, problems };
}

function emptiedProblem(text: Text, required: boolean, columns: string[], fallback: string) {
  if (Object.keys(text).length === 0) return required ? "needs words in some language" : undefined;
  return columns.includes(fallback) && !text[fallback]
    ? `needs words in ${fallback}, the survey's main language`
    : undefined;
}
