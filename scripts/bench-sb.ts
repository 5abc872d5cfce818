import { parseArgs } from 'node:util';
import type { SbReadSummary, SbStatus } from '../src/shared/standard-books-sync';
import { startStandardBooksSandbox } from '../src/standard-books-sandbox/sandbox';
import { createTestDataDir, testSecretKey } from '../src/server/testing/data-dir';
import { spawnApp } from '../src/server/testing/spawn-app';
import { loadAverage, memoryKb, signInTo } from './bench/processes';

/**
 * `npm run bench:sb [-- --contacts N] [--changed N] [--page-size 1000] [--pause-ms 1000]` (the page size and pause
 * default to the app's own defaults, SB_PAGE_SIZE and SB_PAGE_PAUSE_MS):
 * a Standard Books sandbox (in this process) holding N demo contacts, the proxy as `npm start` runs it (a process
 * of its own, so its memory is its own), one first read of everything, then an incremental read after N changed
 * contacts. Prints the times, contacts/s and the proxy's peak RSS.
 */
const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    changed: { type: 'string', default: '1000' },
    'page-size': { type: 'string', default: '1000' },
    'pause-ms': { type: 'string', default: '1000' },
  },
});
const contacts = Number(values.contacts);
const changed = Number(values.changed);
const pageSize = Number(values['page-size']);
const pauseMs = Number(values['pause-ms']);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

console.log(`load average at start: ${loadAverage()} (2 cores; figures are trustworthy below ~2)`);
const user = { username: 'bench-api', password: 'bench-password-1' };
const filled = performance.now();
const sandbox = await startStandardBooksSandbox({ companies: [{ companyNo: '1', contacts }], users: [user] });
console.log(`the sandbox holds ${contacts} demo contacts (${seconds(performance.now() - filled)} to make them)`);

const data = createTestDataDir();
const admin = { email: 'bench@example.test', password: 'bench-password-1' };
const proxy = await spawnApp(
  {
    DATA_DIR: data.dir,
    SECRET_KEY: testSecretKey,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SB_ALLOW_PRIVATE_ADDRESSES: 'true',
    SB_PAGE_SIZE: String(pageSize),
    SB_PAGE_PAUSE_MS: String(pauseMs),
  },
  { entry: 'build' },
);
const pid = proxy.process.pid ?? 0;
try {
  const { call } = await signInTo(proxy.url, admin);
  await call('PUT', '/standard-books/connection', { address: sandbox.url, companyNo: '1', ...user });

  /** Starts a read and follows it to its end, sampling the proxy's memory. */
  async function read(): Promise<{ summary: SbReadSummary; peakSampleKb: number }> {
    let peakSampleKb = memoryKb(pid, 'VmRSS');
    let status = await call<SbStatus>('POST', '/standard-books/reads', { mode: 'incremental' });
    while (status.read.running) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      peakSampleKb = Math.max(peakSampleKb, memoryKb(pid, 'VmRSS'));
      status = await call<SbStatus>('GET', '/standard-books/status');
    }
    if (!status.read.last) throw new Error('the read left no summary');
    return { summary: status.read.last, peakSampleKb };
  }
  const took = (summary: SbReadSummary) => Date.parse(summary.finishedAt) - Date.parse(summary.startedAt);

  const idleKb = memoryKb(pid, 'VmRSS');
  const first = await read();
  const firstMs = took(first.summary);
  const contactsRead = first.summary.registers.contacts?.created ?? 0;
  // The last page is the short (or empty) one that ends the register.
  const pages = Math.floor(contacts / pageSize) + 1;

  const step = Math.max(1, Math.floor(contacts / changed));
  for (let n = 0; n < changed; n++) {
    const code = String(100001 + n * step);
    sandbox.putRecord('1', 'CUVc', { Code: code, Comment: `bench change ${n}` });
  }
  const second = await read();
  const secondMs = took(second.summary);

  console.log(`
first read (full, every register): ${first.summary.outcome}; contacts: ${contactsRead} created, ${first.summary.totals.rejected} rejected in all
settings: SB_PAGE_SIZE ${pageSize}, SB_PAGE_PAUSE_MS ${pauseMs} (the vendor's advice: 1 000–5 000 records, about 1 s between calls)

total time                       ${seconds(firstMs)}
contacts/s                       ${((contactsRead / firstMs) * 1000).toFixed(0)}
  of which pauses between pages  ${seconds((pages - 1) * pauseMs)} (${pages} pages of contacts)
proxy peak RSS                   ${mb(memoryKb(pid, 'VmHWM'))} (VmHWM of the proxy process; target < 200 MB)
  idle, before the read          ${mb(idleKb)}
  highest sample during it       ${mb(first.peakSampleKb)}

incremental read after ${changed} changed contacts: ${second.summary.outcome}; ${second.summary.registers.contacts?.updated ?? 0} updated
total time                       ${seconds(secondMs)}
load average at end: ${loadAverage()}`);
} finally {
  await proxy.stop();
  await sandbox.close();
  data.remove();
}
