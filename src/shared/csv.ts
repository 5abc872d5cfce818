/**
 * The CSV format of product.md "CSV files", written and read by both sides: UTF-8 with a byte-order mark, `;`
 * between fields, quotes where needed, and formula-looking cells guarded so that a spreadsheet never runs them.
 * Reading also accepts comma- or tab-separated files, with or without the byte-order mark.
 */
export const csvBom = '\uFEFF';

export const csvSeparators = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

// Excel, LibreOffice and Google Sheets start a formula on these (OWASP "CSV injection").
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Puts an apostrophe before a cell a spreadsheet would run as a formula. Also before one that already starts
 * with apostrophes and then such a character, so that reading strips exactly one and gets the value back.
 */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The reverse of guardFormula: "'=SUM(A1)" reads as "=SUM(A1)", "'+372 555" as "+372 555". */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && formulaStart.test(value) ? value.slice(1) : value;
}

function quoteIfNeeded(value: string, separator: CsvSeparator): string {
  if (!value.includes(separator) && !/["\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** One record, guarded and quoted, ending in CRLF (what Excel writes). */
export function csvLine(cells: readonly string[], separator: CsvSeparator = ';'): string {
  return `${cells.map((cell) => quoteIfNeeded(guardFormula(cell), separator)).join(separator)}\r\n`;
}

/** A whole file: byte-order mark, header and records. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ';'): string {
  return csvBom + rows.map((row) => csvLine(row, separator)).join('');
}

export interface CsvRecord {
  /** The record's row number as a spreadsheet shows it: the header is 1, blank rows count too. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  separator: CsvSeparator;
  header: string[];
  /** The records after the header, blank ones left out. */
  records: CsvRecord[];
}

/** The separator used most in the first record (outside quotes); `;` when there is none. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(csvSeparators.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvSeparator = ';';
  for (const separator of csvSeparators) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/**
 * A quoted cell that is never closed: everything after it would read as one cell, so the file is refused. `line`
 * is the row where the quote opened, numbered like CsvRecord.line (a record with line breaks is one row).
 */
export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`the quote opened on line ${line} is never closed`);
    this.name = 'UnclosedQuoteError';
  }
}

/**
 * Reads a CSV text (RFC 4180, leniently: a quote inside an unquoted cell is kept as a character, text after a
 * closing quote is kept too). Cells are returned unguarded. Throws UnclosedQuoteError for a quote left open.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(csvBom) ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  const length = text.length;
  let position = 0;
  let line = 1;
  let cells: string[] = [];

  const endOfCell = (from: number): number => {
    let index = from;
    while (index < length) {
      const char = text[index];
      if (char === separator || char === '\n' || char === '\r') break;
      index++;
    }
    return index;
  };

  while (position <= length) {
    let value = '';
    if (text[position] === '"') {
      position++;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) throw new UnclosedQuoteError(line);
        value += text.slice(position, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          position = quote + 2;
        } else {
          position = quote + 1;
          break;
        }
      }
    }
    const end = endOfCell(position);
    value += text.slice(position, end);
    cells.push(unguardFormula(value));
    position = end;
    if (position < length && text[position] === separator) {
      position++;
      continue;
    }
    if (cells.some((cell) => cell !== '')) records.push({ line, cells });
    cells = [];
    line++;
    if (position >= length) break;
    position += text[position] === '\r' && text[position + 1] === '\n' ? 2 : 1;
    if (position >= length) break;
  }

  const [first, ...rest] = records;
  return { separator, header: first?.cells ?? [], records: rest };
}
