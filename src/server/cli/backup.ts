import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, type BackupResult } from '../backup/backup';
import { ConfigError, loadConfig } from '../config';

/**
 * `npm run backup -- --to FILE [--data-dir DIR]`: a consistent copy of the database while the app runs, and the
 * key file next to it. DATA_DIR and SECRET_KEY are read from the environment, as the app reads them.
 */
const usage = 'usage: npm run backup -- --to FILE [--data-dir DIR]   (DIR defaults to DATA_DIR, else ./data)';
let values;
try {
  ({ values } = parseArgs({ options: { to: { type: 'string' }, 'data-dir': { type: 'string' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (!values.to) {
  console.error(usage);
  process.exit(2);
}

function describeKey(key: BackupResult['key']): string {
  if ('copiedTo' in key)
    return `Key file: ${key.copiedTo} (keep it with the backup, as safely: it opens the Smaily password)`;
  if ('secretKeySetting' in key)
    return 'Key: the SECRET_KEY setting (not copied: keep it with the backup; without it Smaily must be activated again)';
  return `Key: no key file at ${key.missing}; the restored app will ask for Smaily to be activated again`;
}

try {
  const config = loadConfig({ ...process.env, ...(values['data-dir'] && { DATA_DIR: values['data-dir'] }) });
  const started = Date.now();
  const result = await backupDatabase({
    dataDir: config.DATA_DIR,
    to: values.to,
    secretKeySet: config.SECRET_KEY !== undefined,
  });
  const megabytes = (result.bytes / (1024 * 1024)).toFixed(1);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Backed up ${config.DATA_DIR} to ${result.file} (${megabytes} MB, ${result.contacts} contacts, ${result.jobs} jobs) in ${seconds} s
${describeKey(result.key)}
Restore into an empty data folder: npm run restore -- --from ${result.file} --data-dir DIR`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
