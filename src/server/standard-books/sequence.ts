const SEQUENCE = /^\d+$/;

/** Whether the text is a sequence as the server writes them: digits only, any length. */
export const isSequence = (text: string): boolean => SEQUENCE.test(text);

/**
 * Compares two sequences as whole numbers of any size (they may pass 2^53): negative when `a` comes first.
 * A sequence lower than the stored cursor means the server's sequence was reset (it can be after an upgrade).
 */
export function compareSequences(a: string, b: string): number {
  if (!isSequence(a) || !isSequence(b)) throw new RangeError('a sequence is digits only');
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
