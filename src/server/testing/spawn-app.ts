import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface SpawnedApp {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for diagnosing a failed start. */
  output: () => string;
  stop: () => Promise<void>;
}

/** The server from its TypeScript source (tests), or as `npm run build` bundled it for `npm start`. */
const entries = {
  source: ['--import', 'tsx', 'src/server/main.ts'],
  build: ['--heap-growing-percent=20', 'dist/server/main.js'], // as package.json's "start" runs it
} as const;

/**
 * Starts the real server as its own process on a free port and resolves once it listens. Used where a test
 * needs a real process (Playwright, restart tests that kill it) and by benchmarks measuring it.
 */
export function spawnApp(
  env: Record<string, string>,
  { timeoutMs = 20_000, entry = 'source' }: { timeoutMs?: number; entry?: keyof typeof entries } = {},
): Promise<SpawnedApp> {
  const child = spawn(process.execPath, entries[entry], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child, output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)} before listening:\n${output}`));
    });
  });
}
