import { percentile, registerQueries } from './register-queries';

export interface RegisterLoad {
  /** Stops asking and gives the response times (ms, sorted) and their p95. */
  stop: () => Promise<{ times: number[]; p95: number; max: number }>;
}

/**
 * A person at the Kontaktid register while a job runs: one page or search after another (the bench:contacts
 * mix), with a short pause between, timed over HTTP.
 */
export function startRegisterLoad(base: string, cookie: string, total: number, pauseMs = 100): RegisterLoad {
  const queries = Object.values(registerQueries(Math.max(1, Math.ceil(total / 50))));
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    for (let round = 0; running; round++) {
      const query = queries[round % queries.length];
      if (!query) break;
      const started = performance.now();
      const response = await fetch(`${base}/api/contacts?${query(round)}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`register: HTTP ${response.status}`);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      times.sort((a, b) => a - b);
      return { times, p95: percentile(times, 95), max: times.at(-1) ?? 0 };
    },
  };
}
