import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const mantine = path.join(root, 'node_modules/@mantine');
const coreEsm = path.join(mantine, 'core/esm');
const globalStyles = ['baseline.css', 'default-css-variables.css', 'global.css'];

const namedImports = (source: string, from: RegExp) =>
  [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)]
    .filter((match) => from.test(match[2] ?? ''))
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0] ?? name);

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(file, keep);
    return keep(file) ? [file] : [];
  });
}

/** What the app takes from @mantine/core, itself and through @mantine/notifications and @mantine/modals. */
function usedCoreExports(): Set<string> {
  const appFiles = filesUnder(
    path.join(root, 'src/web'),
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}testing${path.sep}`),
  );
  const packageFiles = ['notifications', 'modals'].flatMap((name) =>
    filesUnder(path.join(mantine, name, 'esm'), (file) => file.endsWith('.mjs')),
  );
  return new Set(
    [...appFiles, ...packageFiles].flatMap((file) => namedImports(readFileSync(file, 'utf8'), /^@mantine\/core$/)),
  );
}

/** The CSS files of the components those exports are built from: every `X.module.mjs` they reach. */
function neededComponentStyles(): Set<string> {
  const index = readFileSync(path.join(coreEsm, 'index.mjs'), 'utf8');
  const moduleOf = new Map<string, string>();
  for (const match of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const name of (match[1] ?? '').split(',')) moduleOf.set(name.trim(), path.resolve(coreEsm, match[2] ?? ''));
  }
  const seen = new Set<string>();
  const styles = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s*"(\.[^"]+)"/g)) {
      const target = path.resolve(path.dirname(file), match[1] ?? '');
      if (target.endsWith('.module.mjs')) styles.add(`${path.basename(target, '.module.mjs')}.css`);
      else visit(target);
    }
  };
  for (const name of usedCoreExports()) {
    const file = moduleOf.get(name);
    if (file) visit(file);
  }
  return styles;
}

const imported = [
  ...readFileSync(path.join(import.meta.dirname, 'mantine-styles.ts'), 'utf8').matchAll(
    /import '@mantine\/core\/styles\/([\w-]+\.css)';/g,
  ),
].map((match) => match[1] ?? '');

describe('the Mantine styles the app imports', () => {
  it('are exactly those of the components it uses, after the global ones', () => {
    const available = new Set(readdirSync(path.join(mantine, 'core/styles')));
    const needed = [...neededComponentStyles()].filter((file) => available.has(file));
    expect(imported.slice(0, 3)).toEqual(globalStyles);
    expect([...imported.slice(3)].sort()).toEqual(needed.sort());
  });

  it('keep the order of @mantine/core/styles.css, so that equal selectors override as Mantine intends', () => {
    const full = readFileSync(path.join(mantine, 'core/styles.css'), 'utf8');
    const position = (file: string) =>
      full.indexOf(
        readFileSync(path.join(mantine, 'core/styles', file), 'utf8')
          .trim()
          .slice(0, 200),
      );
    const positions = imported.map(position);
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
