import { describe, expect, it } from 'vitest';
import { uploadParts } from './upload-import';

const rows = (count: number, cell = 'x') =>
  Array.from({ length: count }, (_, index) => ({ line: index + 2, cells: [`K-${index}`, cell] }));

describe('upload parts', () => {
  it('cuts a file into parts of 1 000 rows, keeping their order', () => {
    const parts = uploadParts(rows(2500));
    expect(parts.map((part) => part.length)).toEqual([1000, 1000, 500]);
    expect(parts.flat().map((row) => row.line)).toEqual(rows(2500).map((row) => row.line));
  });

  it('cuts sooner when the cells are long, so that no part nears the server’s 20 MB per request', () => {
    const parts = uploadParts(rows(10, 'x'.repeat(1_500_000)));
    expect(parts.map((part) => part.length)).toEqual([2, 2, 2, 2, 2]);
    // A row larger than a part on its own still goes, alone (the server then says what its limit is).
    expect(uploadParts(rows(2, 'x'.repeat(5_000_000))).map((part) => part.length)).toEqual([1, 1]);
  });
});
