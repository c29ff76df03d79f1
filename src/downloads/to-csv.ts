export type CsvCell = string | number | boolean | undefined;

// Spreadsheets run a cell that starts with one of these as a formula; text gets a leading ' instead.
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: CsvCell): string => {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
