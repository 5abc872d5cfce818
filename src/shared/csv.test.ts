import { describe, expect, it } from 'vitest';
import {
  csvBom,
  csvLine,
  detectSeparator,
  guardFormula,
  parseCsv,
  toCsv,
  unguardFormula,
  UnclosedQuoteError,
} from './csv';

describe('writing CSV', () => {
  it('starts with a byte-order mark, separates with ; and ends records with CRLF', () => {
    expect(
      toCsv([
        ['Kood', 'Nimi'],
        ['100001', 'Ärma OÜ'],
      ]),
    ).toBe(`${csvBom}Kood;Nimi\r\n100001;Ärma OÜ\r\n`);
  });

  it('quotes cells with the separator, quotes or line breaks, and doubles the quotes', () => {
    expect(csvLine(['a;b', 'Ütle "tere"', 'rida 1\nrida 2', 'HARJU,UUDIS'])).toBe(
      '"a;b";"Ütle ""tere""";"rida 1\nrida 2";HARJU,UUDIS\r\n',
    );
    expect(csvLine(['HARJU,UUDIS'], ',')).toBe('"HARJU,UUDIS"\r\n');
  });

  it('guards cells a spreadsheet would run as formulas with an apostrophe', () => {
    expect(csvLine(['=1+2', '+372 555 1234', '-5', '@SUM(A1)', 'tava'])).toBe(
      "'=1+2;'+372 555 1234;'-5;'@SUM(A1);tava\r\n",
    );
    expect(csvLine(['=HYPERLINK("http://x.test")'])).toBe('"\'=HYPERLINK(""http://x.test"")"\r\n');
  });
});

describe('reading CSV', () => {
  it('reads Estonian letters, quotes and line breaks inside quotes, with a BOM and ;', () => {
    const text = `${csvBom}Kood;Nimi;Märkus\r\n1;Õun ja Šokolaad OÜ;"Ütles: ""Tere!""; läks"\r\n2;Žürii;"kaks\r\nrida"\r\n`;
    const parsed = parseCsv(text);
    expect(parsed.separator).toBe(';');
    expect(parsed.header).toEqual(['Kood', 'Nimi', 'Märkus']);
    expect(parsed.records).toEqual([
      { line: 2, cells: ['1', 'Õun ja Šokolaad OÜ', 'Ütles: "Tere!"; läks'] },
      { line: 3, cells: ['2', 'Žürii', 'kaks\r\nrida'] },
    ]);
  });

  it('reads plain comma-separated UTF-8 without a BOM', () => {
    const parsed = parseCsv('Code,Name,Classification\n1,Ärma OÜ,"HARJU,UUDIS"\n');
    expect(parsed.separator).toBe(',');
    expect(parsed.header).toEqual(['Code', 'Name', 'Classification']);
    expect(parsed.records).toEqual([{ line: 2, cells: ['1', 'Ärma OÜ', 'HARJU,UUDIS'] }]);
  });

  it('detects the separator from the header, ignoring separators inside quotes', () => {
    expect(detectSeparator('"a,b,c";d;e\n1,2,3,4,5,6')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('Kood')).toBe(';');
  });

  it('numbers records as a spreadsheet does: blank rows are skipped but counted, a record with a line break is one row', () => {
    const parsed = parseCsv('Kood;Nimi\n\n1;"A\nB"\n;\n2;C');
    expect(parsed.records).toEqual([
      { line: 3, cells: ['1', 'A\nB'] },
      { line: 5, cells: ['2', 'C'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell and an empty last cell', () => {
    expect(parseCsv('a;b;c\nÄrma "Grupp" OÜ;x;\n').records).toEqual([{ line: 2, cells: ['Ärma "Grupp" OÜ', 'x', ''] }]);
  });

  it('gives a formula-guarded cell back as it was written, and only strips one apostrophe', () => {
    const values = ['=1+2', '+372 555', '-', '@x', "'=already", "'plain apostrophe", 'tavaline'];
    const parsed = parseCsv(toCsv([values.map((_, index) => `c${index}`), values]));
    expect(parsed.records[0]?.cells).toEqual(values);
    expect(guardFormula('=1+2')).toBe("'=1+2");
    expect(unguardFormula("'=1+2")).toBe('=1+2');
    expect(unguardFormula("'plain")).toBe("'plain");
  });

  it('reads an empty file as no header and no records', () => {
    expect(parseCsv('')).toEqual({ separator: ';', header: [], records: [] });
    expect(parseCsv(csvBom)).toEqual({ separator: ';', header: [], records: [] });
  });

  it('refuses a quote that is never closed, naming the row where it opened', () => {
    const lineOf = (text: string) => {
      try {
        parseCsv(text);
      } catch (error) {
        if (error instanceof UnclosedQuoteError) return error.line;
        throw error;
      }
      return null;
    };
    expect(lineOf('Kood;Nimi\n1;"Ärma OÜ\n2;Teine\n3;Kolmas\n')).toBe(2);
    expect(lineOf('"Kood;Nimi\n1;A\n')).toBe(1);
    expect(lineOf('Kood;Nimi\n1;A\n2;"')).toBe(3);
    // After rows with line breaks inside quotes, escaped quotes and a blank row: the row a spreadsheet shows.
    const multiLine = [
      'Kood;Märkus',
      '1;"kaks\r\nrida"',
      '',
      '2;"kolm\nrida\nsiin"',
      '3;"""jutt"" ja ""veel"""',
      '4;"lahti',
      '5;x',
    ].join('\r\n');
    expect(lineOf(multiLine)).toBe(6);
  });

  it('still reads a quote inside an unquoted cell and text after a closing quote', () => {
    expect(parseCsv('a;b\nÄrma "Grupp;"x" y\n').records).toEqual([{ line: 2, cells: ['Ärma "Grupp', 'x y'] }]);
  });
});
