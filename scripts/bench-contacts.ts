import { parseArgs } from 'node:util';
import { buildApp } from '../src/server/app';
import { insertUser } from '../src/server/users/users-repository';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { createLogger } from '../src/server/logger';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir } from '../src/server/testing/data-dir';
import { percentile, registerQueries } from './bench/register-queries';

/**
 * `npm run bench:contacts [-- --data-dir DIR] [--contacts N] [--rounds R]`: times the register's API over
 * real HTTP — pages, searches and filters — and prints p50/p95 per kind of query. Without --data-dir it seeds
 * N demo contacts (default 100 000) into a temporary folder first.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    contacts: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '40' },
  },
});
const temporary = values['data-dir'] ? null : createTestDataDir();
const dataDir = values['data-dir'] ?? temporary?.dir ?? '';
if (temporary) {
  const db = await openDatabase(dataDir);
  console.log(`Seeding ${values.contacts} demo contacts…`);
  await seedDemoData(db, Number(values.contacts));
  await db.destroy();
}

const app = await buildApp({
  config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  logger: createLogger('silent'),
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const credentials = { email: `bench-${Date.now()}@example.test`, password: 'bench-password' };
await insertUser(app.db, { ...credentials, name: 'Bench', role: 'user' });
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify(credentials),
});
const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';

const { total } = (await (await fetch(`${base}/api/contacts?pageSize=1`, { headers: { cookie } })).json()) as {
  total: number;
};
const lastPage = Math.max(1, Math.ceil(total / 50));
const queries = registerQueries(lastPage);
const all: number[] = [];
console.log(`\n${total} contacts, ${values.rounds} rounds per query, times in ms over HTTP on loopback\n`);
console.log('query'.padEnd(24), 'p50'.padStart(8), 'p95'.padStart(8), 'max'.padStart(8));
for (const [name, query] of Object.entries(queries)) {
  const times: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/contacts?${query(round)}`, { headers: { cookie } });
    await response.json();
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(name.padEnd(24), ...[50, 95, 100].map((p) => percentile(times, p).toFixed(1).padStart(8)));
}
all.sort((a, b) => a - b);
console.log('all'.padEnd(24), ...[50, 95, 100].map((p) => percentile(all, p).toFixed(1).padStart(8)));
console.log(`\np95 over all queries: ${percentile(all, 95).toFixed(1)} ms (goal: under 50 ms)`);

await app.close();
temporary?.remove();
