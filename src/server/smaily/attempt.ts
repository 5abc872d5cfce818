export type AttemptResult =
  { kind: 'answered'; status: number; text: string } | { kind: 'network-error'; cause: string } | { kind: 'timeout' };

export interface AttemptRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

function networkCause(error: unknown): string {
  // fetch wraps the socket's error (ECONNRESET, UND_ERR_SOCKET, ECONNREFUSED…) in a generic "fetch failed".
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : 'unknown';
}

/** One HTTP exchange; the timeout covers the whole answer, body included. Never throws. */
export async function sendAttempt({ url, method, headers, body, timeoutMs }: AttemptRequest): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Redirects are not followed: they would carry the credentials to a host the address check never saw.
    const response = await fetch(url, { method, headers, body, signal: controller.signal, redirect: 'manual' });
    return { kind: 'answered', status: response.status, text: await response.text() };
  } catch (error) {
    return timedOut ? { kind: 'timeout' } : { kind: 'network-error', cause: networkCause(error) };
  } finally {
    clearTimeout(timer);
  }
}
