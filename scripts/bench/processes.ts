import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { signInToSpawned, spawnedApi } from '../../src/server/testing/spawned-api';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const ticksPerSecond = 100; // Linux USER_HZ, the unit of utime/stime in /proc/<pid>/stat

export function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

export function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0);
}

export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export interface SandboxProcess {
  urlTemplate: string;
  /** contact.php requests the sandbox has answered so far, by HTTP status. */
  contactStatuses: () => Map<number, number>;
  stop: () => void;
}

/** The Smaily sandbox as a process of its own (so its CPU is not the proxy's), counting what it answers. */
export async function startSandboxProcess(
  account: { subdomain: string; username: string; password: string },
  { maxRps, latencyMs }: { maxRps: number; latencyMs: number },
): Promise<SandboxProcess> {
  const child = spawn(
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
      String(maxRps),
      '--latency-ms',
      String(latencyMs),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const statuses = new Map<number, number>();
  let pending = '';
  const urlTemplate = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const started = /url template (\S+)\)/.exec(line);
        if (started?.[1]) resolve(started[1]);
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { endpoint?: string; status?: number };
        if (entry.endpoint === 'contact.php' && typeof entry.status === 'number') {
          statuses.set(entry.status, (statuses.get(entry.status) ?? 0) + 1);
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${String(code)}`)));
  });
  return { urlTemplate, contactStatuses: () => new Map(statuses), stop: () => child.kill('SIGTERM') };
}

/** A JSON call to a spawned proxy's API as one signed-in user; a non-2xx answer throws with its body. */
export type ApiCall = <T>(method: string, url: string, body?: unknown) => Promise<T>;

/** Signs in to a spawned proxy and gives its session cookie and a caller of its API. */
export async function signInTo(
  base: string,
  user: { email: string; password: string },
): Promise<{ cookie: string; call: ApiCall }> {
  const cookie = await signInToSpawned(base, user);
  const api = spawnedApi(base, cookie);
  const call: ApiCall = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const { status, json } = await api<T>(method, url, body);
    if (status >= 300) throw new Error(`${method} ${url}: HTTP ${status} ${JSON.stringify(json)}`);
    return json;
  };
  return { cookie, call };
}
