import type { FastifyBaseLogger } from 'fastify';

export interface PeriodicTask {
  /** Said in the log when the task fails. */
  name: string;
  intervalMs: number;
  run: () => Promise<void> | void;
}

/**
 * Runs a task every `intervalMs` until the returned function is called. A run never overlaps the one before it,
 * a failure is logged and the next run goes ahead, and the timer never keeps the process alive.
 */
export function startPeriodic(task: PeriodicTask, log: FastifyBaseLogger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.resolve()
      .then(task.run)
      .catch((error: unknown) => log.error({ err: error, task: task.name }, 'periodic task failed'))
      .finally(() => {
        running = false;
      });
  }, task.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
