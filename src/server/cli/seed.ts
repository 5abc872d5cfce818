import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database';
import { seedDemoData, SeedRefusedError } from '../seed/seed-database';

/** `npm run seed -- --data-dir DIR [--contacts N]`: demo data for trying the app or measuring it. */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, contacts: { type: 'string', default: '300' } },
});
const dataDir = values['data-dir'];
const count = Number(values.contacts);
if (!dataDir || !Number.isInteger(count) || count < 1) {
  console.error('usage: npm run seed -- --data-dir DIR [--contacts N]   (N a whole number, default 300)');
  process.exit(2);
}

const started = Date.now();
const db = await openDatabase(dataDir);
try {
  await seedDemoData(db, count);
  console.log(`Seeded ${count} demo contacts into ${dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof SeedRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
