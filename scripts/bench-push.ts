import { cpSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir } from '../src/server/testing/data-dir';
import { loadAverage } from './bench/processes';
import { runPush, type PushRunResult, type PushRunSettings } from './bench/push-run';

/**
 * `npm run bench:push [-- --contacts N] [--latency-ms 200,1000,2000] [--shared-rps 3] [--shared-latency-ms 200]
 * [--sandbox-rps 5] [--max-rps 4] [--batch-size 1000] [--max-in-flight N] [--node-options …]`:
 * seeds N demo contacts once, then for each latency (and once more with the sandbox allowing only
 * `--shared-rps` requests a second, as when another client uses the rest of Smaily's limit; 0 leaves it out)
 * starts the sandbox and the proxy as processes of their own on a copy of the data, runs one bulk push of every
 * contact while a person pages and searches the register, and prints its rate against the rate limit's bound,
 * the 429s, the proxy's peak RSS and CPU, the register's p95 and the longest event-loop stall.
 */
const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    'latency-ms': { type: 'string', default: '200,1000,2000' },
    'shared-rps': { type: 'string', default: '3' },
    'shared-latency-ms': { type: 'string', default: '200' },
    'sandbox-rps': { type: 'string', default: '5' },
    'max-rps': { type: 'string', default: '4' },
    'batch-size': { type: 'string', default: '1000' },
    'max-in-flight': { type: 'string' },
    /** NODE_OPTIONS for the proxy, e.g. --max-old-space-size=96, to see what a V8 setting does to its memory. */
    'node-options': { type: 'string', default: '' },
  },
});
const contacts = Number(values.contacts);
const common = {
  maxRps: Number(values['max-rps']),
  batchSize: Number(values['batch-size']),
  maxInFlight: values['max-in-flight'] === undefined ? undefined : Number(values['max-in-flight']),
  nodeOptions: values['node-options'],
};
const runs: { name: string; latencyMs: number; sandboxRps: number }[] = [
  ...values['latency-ms'].split(',').map((latency) => ({
    name: `${latency} ms`,
    latencyMs: Number(latency),
    sandboxRps: Number(values['sandbox-rps']),
  })),
  ...(Number(values['shared-rps']) > 0
    ? [
        {
          name: `${values['shared-latency-ms']} ms, limit ${values['shared-rps']}/s`,
          latencyMs: Number(values['shared-latency-ms']),
          sandboxRps: Number(values['shared-rps']),
        },
      ]
    : []),
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

console.log(`load average at start: ${loadAverage()} (2 cores; figures are trustworthy below ~2)`);
const template = createTestDataDir();
const seedStarted = performance.now();
const db = await openDatabase(template.dir);
await seedDemoData(db, contacts);
await db.destroy();
console.log(`seeded ${contacts} demo contacts in ${seconds(performance.now() - seedStarted)}`);

function report(name: string, settings: PushRunSettings, r: PushRunResult): void {
  const { job } = r;
  console.log(`
── ${name}: sandbox answering in ${settings.latencyMs} ms, allowing ${settings.sandboxRps} requests/s; proxy SMAILY_MAX_RPS ${settings.maxRps}, SMAILY_BATCH_SIZE ${settings.batchSize}${settings.maxInFlight ? `, SMAILY_MAX_IN_FLIGHT ${settings.maxInFlight}` : ''}
job #${job.id}: ${job.status}; ${job.counts.total} contacts: ${job.counts.sent} sent in ${job.batches.total} batches, ${job.counts.skipped} skipped by the rules, ${job.counts.failed} failed
total time (start to completed)  ${seconds(r.totalMs)} (the start was answered in ${r.startMs.toFixed(0)} ms)
contacts/s                       ${r.sentPerSecond.toFixed(0)} sent/s (${((job.counts.total / r.totalMs) * 1000).toFixed(0)} of all contacts)
bound by the rate limit          ${r.bound.toFixed(0)} sent/s (the lower of SMAILY_MAX_RPS and Smaily's limit × batch size)
ratio to the bound               ${((r.sentPerSecond / r.bound) * 100).toFixed(1)} % (target ≥ 90 %)
429s                             ${r.rateLimited} of ${r.requests} requests (${((r.rateLimited / Math.max(1, r.requests)) * 100).toFixed(1)} %; target ≤ 2 %)
rate changes logged              ${r.rateChanges.join(', ') || 'none'}
proxy peak RSS                   ${mb(r.peakRssKb)} (VmHWM; target < 200 MB; idle before the job ${mb(r.idleRssKb)})
proxy CPU per 1 000 contacts     ${r.cpuMsPerThousand.toFixed(0)} ms
register during the job          p95 ${r.registerP95.toFixed(1)} ms, max ${r.registerMax.toFixed(1)} ms over ${r.registerRequests} requests (target p95 < 50 ms)
longest event-loop stall         ${r.stallMaxMs === null ? '?' : `${r.stallMaxMs} ms`} (target < 50 ms)
load average now: ${loadAverage()}`);
}

const results: { name: string; result: PushRunResult }[] = [];
try {
  for (const run of runs) {
    const data = createTestDataDir();
    try {
      cpSync(template.dir, data.dir, { recursive: true });
      const settings = { ...common, dataDir: data.dir, latencyMs: run.latencyMs, sandboxRps: run.sandboxRps };
      const result = await runPush(settings);
      report(run.name, settings, result);
      results.push({ name: run.name, result });
    } finally {
      data.remove();
    }
  }
} finally {
  template.remove();
}

const row = (cells: string[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(11))).join('');
console.log(`\n${contacts} contacts; load average at end: ${loadAverage()}\n`);
console.log(
  row(['run', 'sent/s', 'bound', 'ratio', '429s', 'failed', 'peak RSS', 'CPU/1000', 'reg. p95', 'max stall']),
);
for (const { name, result: r } of results) {
  console.log(
    row([
      name,
      r.sentPerSecond.toFixed(0),
      r.bound.toFixed(0),
      `${((r.sentPerSecond / r.bound) * 100).toFixed(1)} %`,
      `${r.rateLimited}/${r.requests}`,
      String(r.job.counts.failed),
      mb(r.peakRssKb),
      `${r.cpuMsPerThousand.toFixed(0)} ms`,
      `${r.registerP95.toFixed(1)} ms`,
      r.stallMaxMs === null ? '?' : `${r.stallMaxMs} ms`,
    ]),
  );
}
