import http from 'node:http';
import https from 'node:https';

export type AttemptResult =
  { kind: 'answered'; status: number; text: string } | { kind: 'network-error'; cause: string } | { kind: 'timeout' };

export interface AttemptRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Called once the request has left for Smaily (written to the socket): when Smaily starts counting it. */
  onSent?: () => void;
}

function networkCause(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : 'unknown';
}

/**
 * One HTTP exchange; the timeout covers the whole answer, body included. Never throws. Written on node:http
 * rather than fetch because the rate limiter needs the moment the request was actually sent, and redirects
 * are never followed: they would carry the credentials to a host the address check never saw.
 */
export function sendAttempt({ url, method, headers, body, timeoutMs, onSent }: AttemptRequest): Promise<AttemptResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const transport = url.protocol === 'https:' ? https : http;
    const requestHeaders =
      body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const request = transport.request(url, { method, headers: requestHeaders }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        settle({ kind: 'answered', status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', (error) => settle({ kind: 'network-error', cause: networkCause(error) }));
      response.on('close', () => {
        if (!response.complete) settle({ kind: 'network-error', cause: 'ECONNRESET' });
      });
    });
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      request.destroy();
    }, timeoutMs);
    request.on('finish', () => onSent?.());
    request.on('error', (error) => settle({ kind: 'network-error', cause: networkCause(error) }));
    request.end(body);
  });
}
