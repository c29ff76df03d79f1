export type CsvCell = string | number | boolean | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (spaces before it, and the
// full-width forms some of them fold to, included).
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
// Where a spreadsheet may cut a line into cells: this file's commas, or the semicolons and tabs of
// other locales' settings, which would make `x;=1+1` two cells, the second a formula.
const CELL_BREAK = /[,;\t\r\n]/;

/** Whether any cell a spreadsheet could cut this text into would start like a formula. */
const readsAsFormula = (text: string) => text.split(CELL_BREAK).some((part) => FORMULA_START.test(part));

const cell = (value: CsvCell): string => {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  // A leading ' makes a spreadsheet show the text as typed; quoting keeps the cell whole wherever it is cut.
  const text = readsAsFormula(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a byte-order mark so spreadsheet programs
 * read "£" and "–" as UTF-8. Numbers and booleans are written as they are; text is quoted when needed.
 * @example toCsv(["id", "amount"], [["a", 1]]) // "\uFEFFid,amount\r\na,1\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

/**
 * Pence as pounds with two decimals, by integer arithmetic so no rounding creeps in.
 * @example penceToPounds(164000050) // "1640000.50"
 */
export function penceToPounds(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
