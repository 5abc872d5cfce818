import { pino } from 'pino';
import { readCliOptions } from './cli-options';
import { startStandardBooksSandbox } from './sandbox';

async function main(): Promise<void> {
  const options = readCliOptions(process.argv.slice(2));
  const sandbox = await startStandardBooksSandbox({ ...options, logger: pino({ name: 'standard-books-sandbox' }) });
  const companies = options.companies.map((company) => company.companyNo).join(', ');
  const users = options.users.map((user) => `${user.username} / ${user.password}`).join(', ');
  console.log(`Standard Books sandbox listening on ${sandbox.url} (companies ${companies}; users ${users})`);

  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A bad argument or a busy port is the operator's to fix: say what, not where in the code.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
