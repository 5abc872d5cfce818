/** A JSON call to a spawned server's API with one session: the status and the parsed answer. */
export type SpawnedApiCall = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; json: T }>;

/**
 * Signs in to a spawned server (spawn-app.ts) and gives the session cookie. The session lives in the database,
 * so the same cookie works against a server restarted on the same DATA_DIR.
 */
export async function signInToSpawned(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(user),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('sid='));
  if (!cookie) throw new Error(`sign-in to ${baseUrl} failed: HTTP ${response.status}`);
  return cookie.split(';')[0] ?? '';
}

/** The API of a spawned server as the session's user; mutations carry the server's own Origin, as a browser's do. */
export function spawnedApi(baseUrl: string, cookie: string): SpawnedApiCall {
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, origin: baseUrl, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as T };
  };
}
