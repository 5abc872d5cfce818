import { z } from 'zod';

/**
 * A register code (of a contact, class, classification, type or object). Codes are keys that other cards
 * and CSV files refer to, so they hold letters, digits and . _ - only, and never change after the first save.
 */
export const codeSchema = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .regex(/^[\p{L}\p{N}._-]+$/u, 'invalidCode');

/** Codes joined as Standard Books stores a list field, for its length limit. */
export function joinedLength(codes: readonly string[]): number {
  return codes.join(',').length;
}

export function findDuplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}
