import { parseCsv, type ParsedCsv } from '../../../../shared/csv';

export interface CsvFile {
  name: string;
  csv: ParsedCsv;
  /** The file was not valid UTF-8 and was read as Windows-1257, what Excel's plain "CSV" gives on Estonian Windows. */
  legacyEncoding: boolean;
}

/** Reads a chosen file in the browser: UTF-8 (with or without a byte-order mark), else the Baltic Windows code page. */
export async function readCsvFile(file: File): Promise<CsvFile> {
  const bytes = await file.arrayBuffer();
  try {
    return {
      name: file.name,
      csv: parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
      legacyEncoding: false,
    };
  } catch {
    return { name: file.name, csv: parseCsv(new TextDecoder('windows-1257').decode(bytes)), legacyEncoding: true };
  }
}
