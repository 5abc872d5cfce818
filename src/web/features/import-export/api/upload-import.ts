import { useMutation } from '@tanstack/react-query';
import {
  importRowsResultSchema,
  importSessionSchema,
  importTargetPath,
  type ImportRowsInput,
  type ImportTarget,
} from '../../../../shared/import-export';
import { api } from '../../../lib/api-client';
import { cancelImport } from './cancel-import';

// Small enough parts that the progress bar moves often, large enough that 10 000 rows take ten requests; and far
// below the server's 20 MB per request even when a file's cells are long.
const partRows = 1000;
const partCharacters = 4_000_000;

type Row = ImportRowsInput['rows'][number];

/** The rows in upload parts of at most partRows rows and about partCharacters of JSON. */
export function uploadParts(rows: readonly Row[]): Row[][] {
  const parts: Row[][] = [];
  let part: Row[] = [];
  let characters = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length;
    if (part.length > 0 && (part.length === partRows || characters + size > partCharacters)) {
      parts.push(part);
      part = [];
      characters = 0;
    }
    part.push(row);
    characters += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

export interface UploadImportInput {
  target: ImportTarget;
  /** The field each uploaded column holds */
  fields: string[];
  rows: ImportRowsInput['rows'];
  /** Called after each part with the number of rows uploaded so far */
  onProgress: (uploaded: number) => void;
}

/**
 * Starts an import on the server and uploads its rows in parts; resolves with the import's id. Nothing is saved
 * yet. When a part is refused the import is dropped at once, so that its rows do not hold the server's memory.
 */
export async function uploadImport({ target, fields, rows, onProgress }: UploadImportInput): Promise<string> {
  const { id } = await api(`/import/${importTargetPath[target]}/sessions`, {
    method: 'POST',
    body: { fields, totalRows: rows.length },
    schema: importSessionSchema,
  });
  let uploaded = 0;
  try {
    for (const part of uploadParts(rows)) {
      await api(`/import/sessions/${id}/rows`, {
        method: 'POST',
        body: { rows: part },
        schema: importRowsResultSchema,
      });
      uploaded += part.length;
      onProgress(uploaded);
    }
  } catch (error) {
    cancelImport(id).catch(() => undefined);
    throw error;
  }
  return id;
}

export const useUploadImport = () => useMutation({ mutationFn: uploadImport });
