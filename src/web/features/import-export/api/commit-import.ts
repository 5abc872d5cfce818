import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importCommitEventSchema, type ImportCommitEvent } from '../../../../shared/import-export';
import { sessionExpiredEvent } from '../../../lib/api-client';
import { toHttpError } from '../../../lib/http-error';
import { i18n } from '../../../lib/i18n';
import { changedByImport } from './keys';

export type ImportDone = Extract<ImportCommitEvent, { type: 'done' }>;

/** The server rolled the import back: nothing was saved. `changed`: the data moved since the preview. */
export class ImportFailedError extends Error {
  constructor(
    message: string,
    readonly changed: boolean,
  ) {
    super(message);
    this.name = 'ImportFailedError';
  }
}

/** Reads the commit's JSON lines as they arrive, reporting progress; the last line says how it ended. */
async function readEvents(
  response: Response,
  onProgress: (done: number, total: number) => void,
): Promise<ImportCommitEvent | null> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let last: ImportCommitEvent | null = null;
  const take = (line: string) => {
    if (line.trim() === '') return;
    const event = importCommitEventSchema.parse(JSON.parse(line));
    if (event.type === 'progress') onProgress(event.done, event.total);
    else last = event;
  };
  if (!reader) {
    (await response.text()).split('\n').forEach(take);
    return last;
  }
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    lines.forEach(take);
    if (done) break;
  }
  take(buffer);
  return last;
}

/** Confirms an import. The server writes it in one transaction: all rows, or on failure none. */
export async function commitImport({
  sessionId,
  onProgress,
}: {
  sessionId: string;
  onProgress: (done: number, total: number) => void;
}): Promise<ImportDone> {
  const response = await fetch(`/api/import/sessions/${sessionId}/commit`, {
    method: 'POST',
    headers: { accept: 'application/x-ndjson', 'accept-language': i18n.language },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const error = await toHttpError(response);
    if (error.status === 401) window.dispatchEvent(new Event(sessionExpiredEvent));
    throw error;
  }
  const last = await readEvents(response, onProgress);
  if (last?.type === 'done') return last;
  throw new ImportFailedError(
    last?.type === 'failed' ? last.message : i18n.t('import-export:result.failed'),
    last?.type === 'failed' && last.changed,
  );
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: () => Promise.all(changedByImport.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
