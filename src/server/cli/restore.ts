import { parseArgs } from 'node:util';
import { BackupError } from '../backup/backup';
import { restoreBackup } from '../backup/restore';

/** `npm run restore -- --from FILE --data-dir DIR`: a backup into an empty data folder, with its key file. */
const usage = 'usage: npm run restore -- --from FILE --data-dir DIR   (DIR must be empty or missing)';
let values;
try {
  ({ values } = parseArgs({ options: { from: { type: 'string' }, 'data-dir': { type: 'string' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { from, 'data-dir': dataDir } = values;
if (!from || !dataDir) {
  console.error(usage);
  process.exit(2);
}

try {
  const result = await restoreBackup({ from, dataDir });
  console.log(`Restored ${from} into ${result.dataDir}
${
  result.keyRestored
    ? 'The key file came with it: the Smaily password opens as before.'
    : 'No key file came with it: start the app with the SECRET_KEY of the backup, or activate Smaily again.'
}
Start the app with DATA_DIR=${result.dataDir}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
