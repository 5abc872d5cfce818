import { describe, expect, it } from 'vitest';
import { statementChunks } from './statement-chunks';

const sizes = (count: number, max: number) =>
  [
    ...statementChunks(
      Array.from({ length: count }, (_, index) => index),
      max,
    ),
  ].map((chunk) => chunk.length);

describe('statementChunks', () => {
  it('cuts full chunks of max, then the rest in powers of two, keeping every row once and in order', () => {
    expect(sizes(1234, 500)).toEqual([500, 500, 128, 64, 32, 8, 2]);
    expect(sizes(500, 500)).toEqual([500]);
    expect(sizes(7, 500)).toEqual([4, 2, 1]);
    expect(sizes(0, 500)).toEqual([]);
    expect(sizes(9, 8)).toEqual([8, 1]);
    const rows = Array.from({ length: 777 }, (_, index) => index);
    expect([...statementChunks(rows, 500)].flat()).toEqual(rows);
  });

  it('uses few distinct sizes whatever the counts', () => {
    const distinct = new Set<number>();
    for (let count = 0; count < 3000; count++) for (const size of sizes(count, 500)) distinct.add(size);
    expect(distinct.size).toBeLessThanOrEqual(10);
  });
});
