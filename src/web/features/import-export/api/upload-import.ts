import { useMutation } from '@tanstack/react-query';
import {
  importRowsResultSchema,
  importSessionSchema,
  importTargetPath,
  type ImportRowsInput,
  type ImportTarget,
} from '../../../../shared/import-export';
import { api } from '../../../lib/api-client';

// Small enough parts that the progress bar moves often, large enough that 10 000 rows take ten requests.
const partRows = 1000;

export interface UploadImportInput {
  target: ImportTarget;
  /** The field each uploaded column holds */
  fields: string[];
  rows: ImportRowsInput['rows'];
  /** Called after each part with the number of rows uploaded so far */
  onProgress: (uploaded: number) => void;
}

/** Starts an import on the server and uploads its rows in parts; resolves with the import's id. Nothing is saved yet. */
export async function uploadImport({ target, fields, rows, onProgress }: UploadImportInput): Promise<string> {
  const { id } = await api(`/import/${importTargetPath[target]}/sessions`, {
    method: 'POST',
    body: { fields, totalRows: rows.length },
    schema: importSessionSchema,
  });
  for (let start = 0; start < rows.length; start += partRows) {
    const part = rows.slice(start, start + partRows);
    await api(`/import/sessions/${id}/rows`, { method: 'POST', body: { rows: part }, schema: importRowsResultSchema });
    onProgress(start + part.length);
  }
  return id;
}

export const useUploadImport = () => useMutation({ mutationFn: uploadImport });
