import { readFileSync } from 'node:fs';
import path from 'node:path';

export const languages = ['et', 'en'] as const;
export type Language = (typeof languages)[number];

type Texts = { [key: string]: string | Texts };
const localesDir = path.resolve(import.meta.dirname, '../src/web/locales');
const cache = new Map<string, Texts>();

function namespace(language: Language, name: string): Texts {
  const file = path.join(localesDir, language, `${name}.json`);
  let texts = cache.get(file);
  if (!texts) {
    texts = JSON.parse(readFileSync(file, 'utf8')) as Texts;
    cache.set(file, texts);
  }
  return texts;
}

/**
 * A web text as the app shows it in a language, by its key "namespace:path.to.key" in src/web/locales, so that
 * a test reads the same screen in Estonian and in English. `{{name}}` takes a value from `values`.
 */
export function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const [name, dotted] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  let found: string | Texts | undefined = namespace(language, name);
  for (const part of dotted.split('.')) found = typeof found === 'object' ? found[part] : undefined;
  if (typeof found !== 'string') throw new Error(`no text ${key} in ${language}`);
  return found.replace(/{{\s*(\w+)\s*}}/g, (_, variable: string) => String(values[variable] ?? `{{${variable}}}`));
}

/** The fixed start of a text with a value in it ("Kustuta {{code}}" → "Kustuta "), to find any of its kind. */
export function textStart(language: Language, key: string): RegExp {
  const start = text(language, key).split('{{')[0] ?? '';
  return new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
