import { z } from 'zod';

/**
 * C0 control characters (U+0000–U+001F) and DEL (U+007F). Nobody types them into a form field, but a pasted or
 * imported value can carry them: a NUL cuts a string short in some readers, and line breaks and tabs split CSV
 * rows, log lines and Smaily fields. No text field of this app holds more than one line (Standard Books keeps an
 * address as five separate lines), so tab, CR and LF are refused too.
 */
export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code <= 0x1f || code === 0x7f) return true;
  }
  return false;
}

/**
 * Every user-typed text the API accepts: trimmed, at most `maxLength` characters, no control characters (checked
 * after trimming, so a trailing line break pasted with a value is simply dropped). `required` refuses an empty one.
 */
export function textField(maxLength: number, { required = false }: { required?: boolean } = {}) {
  const trimmed = z.string().trim();
  return (required ? trimmed.min(1) : trimmed)
    .max(maxLength)
    .refine((value) => !hasControlCharacter(value), { message: 'controlCharacter' });
}
