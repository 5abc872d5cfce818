import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PushJob } from '../src/shared/push-jobs';
import { openDatabase } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed-database';
import { createTestDataDir, testSecretKey } from '../src/server/testing/data-dir';
import { spawnApp } from '../src/server/testing/spawn-app';

/**
 * `npm run bench:push [-- --contacts N] [--latency-ms 200] [--sandbox-rps 5] [--max-rps 4] [--batch-size 1000]
 * [--node-options …]`:
 * seeds N demo contacts into a temporary DATA_DIR, starts the Smaily sandbox and the proxy as processes of their
 * own (so each one's memory and CPU are its own), runs one bulk push of every contact through the real engine and
 * prints its rate against the bounds the rate limit and the latency set, the proxy's peak RSS and its CPU time.
 */
const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    'latency-ms': { type: 'string', default: '200' },
    'sandbox-rps': { type: 'string', default: '5' },
    'max-rps': { type: 'string', default: '4' },
    'batch-size': { type: 'string', default: '1000' },
    /** NODE_OPTIONS for the proxy, e.g. --max-old-space-size=96, to see what a V8 setting does to its memory. */
    'node-options': { type: 'string', default: '' },
  },
});
const contacts = Number(values.contacts);
const latencyMs = Number(values['latency-ms']);
const maxRps = Number(values['max-rps']);
const batchSize = Number(values['batch-size']);
const repoRoot = path.resolve(import.meta.dirname, '..');
const ticksPerSecond = 100; // Linux USER_HZ, the unit of utime/stime in /proc/<pid>/stat

function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

console.log(`load average at start: ${load()} (2 cores; figures are trustworthy below ~2)`);
const data = createTestDataDir();
const seedStarted = performance.now();
const db = await openDatabase(data.dir);
await seedDemoData(db, contacts);
await db.destroy();
console.log(`seeded ${contacts} demo contacts in ${seconds(performance.now() - seedStarted)}`);

const account = { subdomain: 'bench', username: 'bench', password: 'bench-password-1' };
const sandbox = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/sandbox/cli.ts',
    '--port',
    '0',
    '--account',
    `${account.subdomain}:${account.username}:${account.password}`,
    '--max-rps',
    values['sandbox-rps'],
    '--latency-ms',
    String(latencyMs),
  ],
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
);
const urlTemplate = await new Promise<string>((resolve, reject) => {
  let output = '';
  sandbox.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /url template (\S+)\)/.exec(output);
    if (match?.[1]) resolve(match[1]);
  });
  sandbox.once('exit', (code) => reject(new Error(`the sandbox exited with ${String(code)}:\n${output}`)));
});

const admin = { email: 'bench@example.test', password: 'bench-password-1' };
const proxy = await spawnApp(
  {
    DATA_DIR: data.dir,
    SECRET_KEY: testSecretKey,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SMAILY_URL_TEMPLATE: urlTemplate,
    SMAILY_MAX_RPS: String(maxRps),
    SMAILY_BATCH_SIZE: String(batchSize),
    ...(values['node-options'] && { NODE_OPTIONS: values['node-options'] }),
  },
  { entry: 'build' },
); // the proxy as `npm start` runs it
const pid = proxy.process.pid ?? 0;
try {
  const login = await fetch(`${proxy.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: proxy.url },
    body: JSON.stringify(admin),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${proxy.url}/api${url}`, {
      method,
      headers: { cookie, origin: proxy.url, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  await call('POST', '/smaily/activation', {
    address: account.subdomain,
    username: account.username,
    password: account.password,
  });

  const cpuBefore = cpuMs(pid);
  const idleRssKb = memoryKb(pid, 'VmRSS');
  let peakRssKb = idleRssKb;
  const requested = performance.now();
  const started = await call<PushJob>('POST', '/push-jobs', { confirmAll: true });
  const startMs = performance.now() - requested;
  let job = started;
  while (job.status === 'running' || job.status === 'cancelling') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    peakRssKb = Math.max(peakRssKb, memoryKb(pid, 'VmRSS'));
    job = await call<PushJob>('GET', `/push-jobs/${started.id}`);
  }
  const cpuUsed = cpuMs(pid) - cpuBefore;
  const totalMs = Date.parse(job.finishedAt ?? '') - Date.parse(job.startedAt);

  const rateBound = maxRps * batchSize;
  const latencyBound = batchSize / (latencyMs / 1000);
  const bound = Math.min(rateBound, latencyBound);
  const perSecond = (count: number) => (count / totalMs) * 1000;
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  console.log(`
job #${job.id}: ${job.status}; ${job.counts.total} contacts: ${job.counts.sent} sent in ${job.batches.total} batches, ${job.counts.skipped} skipped by the rules, ${job.counts.failed} failed
sandbox: ${latencyMs} ms per answer, at most ${values['sandbox-rps']} requests/s; proxy: SMAILY_MAX_RPS ${maxRps}, SMAILY_BATCH_SIZE ${batchSize}${values['node-options'] ? `, NODE_OPTIONS ${values['node-options']}` : ''}

total time (start to completed)  ${seconds(totalMs)} (the start was answered in ${startMs.toFixed(0)} ms)
contacts/s                       ${perSecond(job.counts.total).toFixed(0)} of all contacts, ${perSecond(job.counts.sent).toFixed(0)} of sent ones
bound by the rate limit          ${rateBound.toFixed(0)} sent/s (SMAILY_MAX_RPS × batch size)
bound by the latency             ${latencyBound.toFixed(0)} sent/s (one request in flight: batch size / latency)
ratio to the tighter bound       ${((perSecond(job.counts.sent) / bound) * 100).toFixed(1)} % (sent contacts/s over the whole job; target ≥ 90 %)
proxy peak RSS                   ${mb(memoryKb(pid, 'VmHWM'))} (VmHWM of the proxy process; target < 200 MB)
  idle, before the job           ${mb(idleRssKb)}
  highest sample during the job  ${mb(peakRssKb)}
proxy CPU per 1 000 contacts     ${((cpuUsed / job.counts.total) * 1000).toFixed(0)} ms (${(cpuUsed / 1000).toFixed(1)} s for the job)
load average at end: ${load()}`);
} finally {
  await proxy.stop();
  sandbox.kill('SIGTERM');
  data.remove();
}
