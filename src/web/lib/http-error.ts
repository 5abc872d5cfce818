import { apiErrorSchema, type ApiError } from '../../shared/errors';

/** Every non-2xx answer of the proxy, with its `{message, errors}` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.message);
    this.name = 'HttpError';
  }

  get fieldErrors(): Record<string, string> {
    return this.body.errors ?? {};
  }
}

export async function toHttpError(response: Response): Promise<HttpError> {
  let body: ApiError = { message: response.statusText || String(response.status) };
  try {
    const parsed = apiErrorSchema.safeParse(await response.json());
    if (parsed.success) body = parsed.data;
  } catch {
    // Not JSON (a proxy in between, a crash page): keep the status text.
  }
  return new HttpError(response.status, body);
}
