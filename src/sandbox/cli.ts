import { pino } from 'pino';
import { readCliOptions } from './cli-options';
import { startSmailySandbox } from './sandbox';

// `npm run sandbox -- --port 4010 --account acme:apiuser:apipass [--account …] [--max-rps 5] [--latency-ms 0]`

async function main(): Promise<void> {
  const sandbox = await startSmailySandbox({
    ...readCliOptions(process.argv.slice(2)),
    logger: pino({ name: 'smaily-sandbox' }),
  });
  const base = sandbox.urlTemplate.replace('/{subdomain}', '');
  console.log(`Smaily sandbox listening on ${base} (url template ${sandbox.urlTemplate})`);

  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A bad argument, a refused account or a busy port is the operator's to fix: say what, not where in the code.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
