import { PassThrough, type Readable } from 'node:stream';
import type { Db } from '../db/database';
import { isActive, readJobRow, toPushJob } from './job-store';
import type { PushJobRunner } from './runner';

const keepAliveMs = 15_000;

/**
 * Server-sent events of one job: its state (PushJob JSON, event `job`) now and after every change, until the
 * job ends (the last event carries the final state) or the server closes. A comment line every 15 s keeps
 * proxies from closing a quiet stream.
 */
export function jobEvents(db: Db, runner: PushJobRunner, jobId: number): Readable {
  const stream = new PassThrough();
  let last = '';
  let queue = Promise.resolve();

  const finish = () => {
    runner.changes.off('change', onChange);
    runner.changes.off('closing', finish);
    clearInterval(keepAlive);
    if (!stream.writableEnded) stream.end();
  };
  const send = async () => {
    if (stream.writableEnded) return;
    const row = await readJobRow(db, jobId);
    if (!row) return finish();
    const json = JSON.stringify(toPushJob(row));
    if (json !== last) stream.write(`event: job\ndata: ${json}\n\n`);
    last = json;
    if (!isActive(row.status)) finish();
  };
  const onChange = (changed: number) => {
    if (changed !== jobId) return;
    queue = queue.then(send).catch((error: unknown) => {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  };
  const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), keepAliveMs);
  keepAlive.unref();

  runner.changes.on('change', onChange);
  runner.changes.once('closing', finish);
  stream.once('close', finish);
  onChange(jobId);
  return stream;
}
