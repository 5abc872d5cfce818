/** What one endpoint answers: an HTTP status and a JSON body (sent as text/html, as Smaily does). */
export interface SandboxAnswer {
  status: number;
  body: unknown;
}

/** HTTP 200 with Smaily's `{code, message}` envelope (smaily-api.md §3, body codes). */
export const smailyCode = (code: number, message: string): SandboxAnswer => ({ status: 200, body: { code, message } });

export const OK = smailyCode(101, 'OK');
export const INVALID_DATA = smailyCode(203, 'Invalid data submitted');
export const WRONG_METHOD = smailyCode(201, 'Data must be posted with POST method');
export const NOT_FOUND: SandboxAnswer = { status: 404, body: { message: 'Not Found' } };
export const METHOD_NOT_ALLOWED: SandboxAnswer = { status: 405, body: { message: 'Method Not Allowed' } };

export function readOnly(method: string, answer: () => unknown): SandboxAnswer {
  return method === 'GET' ? { status: 200, body: answer() } : METHOD_NOT_ALLOWED;
}
