import { parseCsv, type ParsedCsv } from '../../../../shared/csv';

export interface CsvFile {
  name: string;
  csv: ParsedCsv;
  /** The file was not valid UTF-8 and was read as Windows-1257, what Excel's plain "CSV" gives on Estonian Windows. */
  legacyEncoding: boolean;
}

function decode(bytes: ArrayBuffer): { text: string; legacyEncoding: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacyEncoding: false };
  } catch {
    return { text: new TextDecoder('windows-1257').decode(bytes), legacyEncoding: true };
  }
}

/**
 * Reads a chosen file in the browser: UTF-8 (with or without a byte-order mark), else the Baltic Windows code page.
 * A file that is not CSV as it should be throws (UnclosedQuoteError).
 */
export async function readCsvFile(file: File): Promise<CsvFile> {
  const { text, legacyEncoding } = decode(await file.arrayBuffer());
  return { name: file.name, csv: parseCsv(text), legacyEncoding };
}
