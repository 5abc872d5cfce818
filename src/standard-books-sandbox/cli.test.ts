import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { basicAuth } from '../server/testing/standard-books-sandbox';

it('npm run sandbox:sb: prints where it listens, serves its company to its user, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/standard-books-sandbox/cli.ts',
      '--port',
      '0',
      '--company',
      '3',
      '--user',
      'cli-api:cli:pass',
      '--contacts',
      '4',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, 'line')) as [string];
    const match =
      /^Standard Books sandbox listening on (http:\/\/127\.0\.0\.1:\d+) \(companies 3; users cli-api \/ cli:pass\)$/.exec(
        first,
      );
    expect(match).not.toBeNull();
    const answer = await fetch(`${match?.[1]}/api/3/CUVc?fields=Code`, {
      headers: { authorization: basicAuth('cli-api', 'cli:pass'), accept: 'application/json' },
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data: { CUVc: unknown[] } };
    expect(body.data.CUVc).toHaveLength(4);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 15_000);
