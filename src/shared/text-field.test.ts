import { describe, expect, it } from 'vitest';
import { contactInputSchema, emptyContactInput } from './contacts';
import { describeIssue } from './messages';
import { hasControlCharacter, textField } from './text-field';

describe('a text field', () => {
  const field = textField(10);

  it.each([
    ['plain text', 'Ärma OÜ', 'Ärma OÜ'],
    ['spaces and non-breaking spaces inside', 'a b\u00A0c', 'a b\u00A0c'],
    ['a trailing line break, trimmed away', 'Ärma\r\n', 'Ärma'],
    ['a leading tab, trimmed away', '\tÄrma', 'Ärma'],
    ['Unicode beyond Latin-1 (š, €, emoji)', 'š€😀', 'š€😀'],
    ['C1 controls are not C0 (U+0085)', 'a\u0085b', 'a\u0085b'],
    ['empty, when not required', '', ''],
  ])('accepts %s', (_, input, output) => {
    expect(field.parse(input)).toBe(output);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a NUL at the end', 'ab\u0000'],
    ['a tab inside', 'a\tb'],
    ['a line feed inside', 'a\nb'],
    ['a carriage return inside', 'a\rb'],
    ['escape', 'a\u001Bb'],
    ['unit separator (U+001F)', 'a\u001Fb'],
    ['DEL (U+007F)', 'a\u007Fb'],
    ['bell', '\u0007'],
  ])('refuses %s with the control-character message', (_, input) => {
    const result = field.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => describeIssue(issue, 'et'))).toEqual([
      'Sisaldab lubamatut juhtmärki (nt tabulaator, reavahetus või NUL)',
    ]);
  });

  it('keeps its length limit and, when required, refuses an empty or blank value', () => {
    expect(field.safeParse('x'.repeat(11)).success).toBe(false);
    expect(textField(10, { required: true }).safeParse('  ').success).toBe(false);
    expect(textField(10, { required: true }).parse(' x ')).toBe('x');
  });

  it('tells control characters from everything else', () => {
    expect([0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f].every((code) => hasControlCharacter(String.fromCharCode(code)))).toBe(
      true,
    );
    expect([0x20, 0x7e, 0x80, 0xa0, 0x2028].some((code) => hasControlCharacter(String.fromCharCode(code)))).toBe(false);
  });

  it("names the contact field that holds one, as the card's schema refuses it", () => {
    const result = contactInputSchema.safeParse({ ...emptyContactInput, Code: 'K-1', Name: 'Ärma\u0000OÜ' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['Name']);
  });
});
