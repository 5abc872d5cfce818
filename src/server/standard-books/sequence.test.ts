import { describe, expect, it } from 'vitest';
import { compareSequences } from './sequence';

describe('compareSequences', () => {
  it('compares as whole numbers of any size, not as text or as floating point', () => {
    expect(compareSequences('9', '10')).toBe(-1);
    expect(compareSequences('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareSequences('18446744073709551616', '18446744073709551616')).toBe(0);
    expect(compareSequences('007', '7')).toBe(0);
  });

  it('refuses anything but digits', () => {
    for (const text of ['', '-1', '1e3', ' 1', 'abc']) expect(() => compareSequences(text, '1')).toThrow(RangeError);
  });
});
