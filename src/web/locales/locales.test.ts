import { describe, expect, it } from 'vitest';

type Texts = { [key: string]: string | Texts };

const files = import.meta.glob<{ default: Texts }>('./*/*.json', { eager: true });

function namespacesOf(language: string): Map<string, Texts> {
  const found = new Map<string, Texts>();
  for (const [file, module] of Object.entries(files)) {
    const match = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(file);
    if (match?.[1] === language && match[2]) found.set(match[2], module.default);
  }
  return found;
}

/** Every text of a namespace by its full key ("card.sections.main") */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

const variables = (text: string) => [...text.matchAll(/{{\s*([\w.]+)/g)].map((match) => match[1]).sort();

const estonian = namespacesOf('et');
const english = namespacesOf('en');

describe('the English texts', () => {
  it('have the same namespaces as the Estonian ones', () => {
    expect([...estonian.keys()].length).toBeGreaterThan(5);
    expect([...english.keys()].sort()).toEqual([...estonian.keys()].sort());
  });

  it.each([...estonian.keys()])('%s: have exactly the Estonian keys, with the same {{variables}}', (namespace) => {
    const et = flatten(estonian.get(namespace) ?? {});
    const en = flatten(english.get(namespace) ?? {});
    expect([...en.keys()].sort()).toEqual([...et.keys()].sort());
    for (const [key, text] of et)
      expect({ key, variables: variables(en.get(key) ?? '') }).toEqual({ key, variables: variables(text) });
  });

  it.each([...estonian.keys()])('%s: leave no text empty', (namespace) => {
    for (const language of [estonian, english]) {
      const empty = [...flatten(language.get(namespace) ?? {})].filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    }
  });

  // One spelling of one word: product.md writes "Edasta Smaily'sse" with the plain apostrophe, and so do the texts.
  it.each([...estonian.keys()])('%s: write the apostrophe plainly', (namespace) => {
    for (const language of [estonian, english]) {
      const curly = [...flatten(language.get(namespace) ?? {})].filter(([, text]) => text.includes('’'));
      expect(curly.map(([key]) => key)).toEqual([]);
    }
  });
});
