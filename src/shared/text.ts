/**
 * The form of a text that search compares: lower case in the Estonian sense (Ä → ä, Š → š) and NFC, so that
 * "ärma" finds "Ärma OÜ" however the letters were typed.
 */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('et').trim();
}

/** Folds Estonian letters to ASCII the way Smaily field names and e-mail local parts need them. */
export function foldEstonianLetters(value: string): string {
  const map: Record<string, string> = { õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' };
  return value
    .normalize('NFC')
    .toLocaleLowerCase('et')
    .replace(/[õäöüšž]/g, (letter) => map[letter] ?? letter);
}
