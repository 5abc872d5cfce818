import type { z } from 'zod';
import { i18n } from './i18n';
import { toHttpError } from './http-error';

export const sessionExpiredEvent = 'session-expired';

interface RequestOptions<T extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Validates the answer: the browser trusts the proxy's contract, not its luck. */
  schema?: T;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: RequestOptions<z.ZodType>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Calls the proxy: JSON in and out, the user's language, and one HttpError for every non-2xx. */
export async function api<T extends z.ZodType = z.ZodVoid>(
  path: string,
  options: RequestOptions<T> = {},
): Promise<z.output<T>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(withQuery(`/api${path}`, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) {
    const error = await toHttpError(response);
    if (error.status === 401 && !path.startsWith('/auth/')) window.dispatchEvent(new Event(sessionExpiredEvent));
    throw error;
  }
  if (!options.schema || response.status === 204) return undefined as z.output<T>;
  return options.schema.parse(await response.json());
}
