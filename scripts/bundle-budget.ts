import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run budget` (after `npm run build`): what the browser downloads for the sign-in page and for Kontaktid —
 * the entry, the screen's lazily loaded modules and every chunk they import — in gzip bytes, read from Vite's
 * manifest. Fails when the first screen (sign-in) is past its budget.
 */
const webRoot = path.resolve(import.meta.dirname, '../dist/web');
// The figure for the first screen (README, "Measured").
const budgets = { jsKb: 200 };

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(path.join(webRoot, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

const screens: Record<string, string[]> = {
  'sign-in (Logi sisse)': ['src/web/features/auth/components/LoginPage.tsx'],
  Kontaktid: ['src/web/app/shell/AppLayout.tsx', 'src/web/features/contacts/components/ContactsPage.tsx'],
};

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entry) throw new Error('dist/web/.vite/manifest.json has no entry: run `npm run build` first');

/** Every file a module needs: its own chunk, its CSS, and what it imports, transitively. */
function filesOf(keys: string[]): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest: has the screen moved?`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { js, css };
}

const gzipKb = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(webRoot, file))).length, 0) / 1024;

let failed = false;
console.log('screen'.padEnd(24), 'JS files'.padStart(9), 'JS gzip'.padStart(10), 'CSS gzip'.padStart(10));
for (const [name, modules] of Object.entries(screens)) {
  const { js, css } = filesOf([entry, ...modules]);
  const jsKb = gzipKb(js);
  const over = name.startsWith('sign-in') && jsKb > budgets.jsKb;
  failed ||= over;
  console.log(
    name.padEnd(24),
    String(js.size).padStart(9),
    `${jsKb.toFixed(1)} kB`.padStart(10),
    `${gzipKb(css).toFixed(1)} kB`.padStart(10),
    over ? `  over the budget of ${budgets.jsKb} kB` : '',
  );
}
console.log(`\nbudget: the first screen (sign-in) loads at most ${budgets.jsKb} kB of JavaScript, gzip`);
if (failed) process.exit(1);
