import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { basicAuth } from '../server/testing/smaily-sandbox';

it('npm run sandbox: prints where it listens, serves its accounts, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0', '--account', 'cliacct:apiuser:apipass'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, 'line')) as [string];
    const match = /^Smaily sandbox listening on (http:\/\/127\.0\.0\.1:(\d+)) \(url template \1\/\{subdomain\}\)$/.exec(
      first,
    );
    expect(match).not.toBeNull();
    const answer = await fetch(`${match?.[1]}/cliacct/api/workflows.php`, {
      headers: { authorization: basicAuth('apiuser', 'apipass') },
    });
    expect(answer.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 15_000);
