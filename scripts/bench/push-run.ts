import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PushJob } from '../../src/shared/push-jobs';
import { testSecretKey } from '../../src/server/testing/data-dir';
import { spawnApp } from '../../src/server/testing/spawn-app';
import { cpuMs, memoryKb, repoRoot, signInTo, startSandboxProcess, type SandboxProcess } from './processes';
import { startRegisterLoad } from './register-load';

export interface PushRunSettings {
  dataDir: string;
  latencyMs: number;
  /** Smaily's limit as the sandbox applies it; below maxRps it plays another client using the rest. */
  sandboxRps: number;
  maxRps: number;
  batchSize: number;
  /** SMAILY_MAX_IN_FLIGHT; the app's default when undefined. */
  maxInFlight?: number;
  nodeOptions?: string;
}

export interface PushRunResult {
  job: PushJob;
  totalMs: number;
  startMs: number;
  sentPerSecond: number;
  /** The rate limit's bound in sent contacts/s: the app's or the sandbox's limit, the lower, × batch size. */
  bound: number;
  requests: number;
  rateLimited: number;
  /** The account's rate changes the proxy logged, e.g. `4→2.85 (rate-limited)`. */
  rateChanges: string[];
  idleRssKb: number;
  peakRssKb: number;
  cpuMsPerThousand: number;
  registerP95: number;
  registerMax: number;
  registerRequests: number;
  stallMaxMs: number | null;
}

const account = { subdomain: 'bench', username: 'bench', password: 'bench-password-1' };

/**
 * The V8 flags `npm start` gives the proxy, from package.json, that spawnApp's build entry does not give it
 * itself: the benchmark measures the proxy as it runs in production.
 */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const flags =
    /node ((?:--\S+ )*)dist\/server\/main\.js/
      .exec(scripts.start ?? '')?.[1]
      ?.trim()
      .split(' ') ?? [];
  return flags.filter((flag) => flag !== '' && !flag.startsWith('--heap-growing-percent'));
}
const admin = { email: 'bench@example.test', password: 'bench-password-1' };

/**
 * One bulk push of every contact in `dataDir` through the proxy as `npm start` runs it, against the sandbox in a
 * process of its own, while a person pages and searches the register.
 */
export async function runPush(settings: PushRunSettings): Promise<PushRunResult> {
  const sandbox = await startSandboxProcess(account, { maxRps: settings.sandboxRps, latencyMs: settings.latencyMs });
  try {
    return await pushThroughProxy(settings, sandbox);
  } finally {
    sandbox.stop();
  }
}

async function pushThroughProxy(settings: PushRunSettings, sandbox: SandboxProcess): Promise<PushRunResult> {
  const proxy = await spawnApp(
    {
      DATA_DIR: settings.dataDir,
      SECRET_KEY: testSecretKey,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_MAX_RPS: String(settings.maxRps),
      SMAILY_BATCH_SIZE: String(settings.batchSize),
      BENCH_DIAGNOSTICS: 'true',
      ...(settings.maxInFlight !== undefined && { SMAILY_MAX_IN_FLIGHT: String(settings.maxInFlight) }),
      NODE_OPTIONS: [...startFlags(), settings.nodeOptions ?? ''].join(' ').trim(),
    },
    { entry: 'build' },
  );
  const pid = proxy.process.pid ?? 0;
  try {
    const { cookie, call } = await signInTo(proxy.url, admin);
    const { subdomain: address, username, password } = account;
    await call('POST', '/smaily/activation', { address, username, password });
    const before = sandbox.contactStatuses();

    const cpuBefore = cpuMs(pid);
    const idleRssKb = memoryKb(pid, 'VmRSS');
    const requested = performance.now();
    const started = await call<PushJob>('POST', '/push-jobs', { confirmAll: true });
    const startMs = performance.now() - requested;
    const register = startRegisterLoad(proxy.url, cookie, started.counts.total);
    let job = started;
    while (job.status === 'running' || job.status === 'cancelling') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await call<PushJob>('GET', `/push-jobs/${started.id}`);
    }
    const cpuUsed = cpuMs(pid) - cpuBefore;
    const registerTimes = await register.stop();
    // The stall line is written as the job's run ends, just after its final status.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stall = /"eventLoopStallMaxMs":([\d.]+)/.exec(proxy.output());

    const after = sandbox.contactStatuses();
    const counted = (status?: number) =>
      [...after].reduce(
        (sum, [code, count]) => (status === undefined || code === status ? sum + count - (before.get(code) ?? 0) : sum),
        0,
      );
    const totalMs = Date.parse(job.finishedAt ?? '') - Date.parse(job.startedAt);
    return {
      job,
      totalMs,
      startMs,
      sentPerSecond: (job.counts.sent / totalMs) * 1000,
      bound: Math.min(settings.maxRps, settings.sandboxRps) * settings.batchSize,
      requests: counted(),
      rateLimited: counted(429),
      rateChanges: proxy
        .output()
        .split('\n')
        .filter((line) => line.includes('"toRps"'))
        .map((line) => JSON.parse(line) as { fromRps: number; toRps: number; cause: string })
        .map((change) => `${change.fromRps}→${change.toRps} (${change.cause})`),
      idleRssKb,
      peakRssKb: memoryKb(pid, 'VmHWM'),
      cpuMsPerThousand: (cpuUsed / job.counts.total) * 1000,
      registerP95: registerTimes.p95,
      registerMax: registerTimes.max,
      registerRequests: registerTimes.times.length,
      stallMaxMs: stall?.[1] ? Number(stall[1]) : null,
    };
  } finally {
    await proxy.stop();
  }
}
