import { useState } from 'react';
import {
  importFields,
  keyFieldOf,
  mappingProblems,
  matchColumns,
  type ImportTarget,
} from '../../../../shared/import-export';
import { useCancelImport } from '../api/cancel-import';
import { ImportFailedError, useCommitImport, type ImportDone } from '../api/commit-import';
import { useImportPreview } from '../api/get-import-preview';
import { useUploadImport } from '../api/upload-import';
import { readCsvFile, type CsvFile } from './read-csv-file';

export interface ImportProgressState {
  phase: 'uploading' | 'saving';
  done: number;
  total: number;
}

/**
 * The steps of an import on the screen: pick a file → map its columns → upload and preview → confirm → result.
 * The file is read and its columns matched here in the browser; everything else is the server's.
 */
export function useImportFlow(initialTarget: ImportTarget) {
  const [target, setTarget] = useState(initialTarget);
  const [file, setFile] = useState<File | null>(null);
  const [csvFile, setCsvFile] = useState<CsvFile | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [result, setResult] = useState<ImportDone | null>(null);
  const upload = useUploadImport();
  const commit = useCommitImport();
  const cancel = useCancelImport();
  const preview = useImportPreview(sessionId);

  const used = mapping.flatMap((field, index) => (field === null ? [] : [index]));
  const usedFields = used.map((index) => mapping[index] ?? '');
  const problems = mappingProblems(target, usedFields);
  const columnProblems = new Map([...problems.columns].map(([usedIndex, problem]) => [used[usedIndex] ?? -1, problem]));

  const dropSession = () => {
    if (sessionId) cancel.mutate(sessionId);
    setSessionId(null);
    upload.reset();
    commit.reset();
  };

  const chooseTarget = (next: ImportTarget) => {
    dropSession();
    setTarget(next);
    if (csvFile) setMapping(matchColumns(csvFile.csv.header, importFields[next]));
  };

  const chooseFile = async (next: File | null) => {
    dropSession();
    setFile(next);
    setCsvFile(null);
    setReadError(null);
    setResult(null);
    if (!next) return;
    try {
      const read = await readCsvFile(next);
      setCsvFile(read);
      setMapping(matchColumns(read.csv.header, importFields[target]));
    } catch (error) {
      setReadError(error);
    }
  };

  const mapColumn = (column: number, field: string | null) => {
    dropSession();
    setMapping((current) => current.map((value, index) => (index === column ? field : value)));
  };

  const startPreview = () => {
    if (!csvFile) return;
    const rows = csvFile.csv.records.map((record) => ({
      line: record.line,
      cells: used.map((index) => record.cells[index] ?? ''),
    }));
    setProgress({ phase: 'uploading', done: 0, total: rows.length });
    upload.mutate(
      {
        target,
        fields: usedFields,
        rows,
        onProgress: (done) => setProgress({ phase: 'uploading', done, total: rows.length }),
      },
      { onSuccess: setSessionId, onSettled: () => setProgress(null) },
    );
  };

  const confirm = () => {
    if (!sessionId) return;
    commit.mutate(
      { sessionId, onProgress: (done, total) => setProgress({ phase: 'saving', done, total }) },
      {
        onSuccess: (done) => {
          setSessionId(null);
          setResult(done);
        },
        onError: (error) => {
          if (error instanceof ImportFailedError && error.changed) void preview.refetch();
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const startOver = () => {
    dropSession();
    setFile(null);
    setCsvFile(null);
    setMapping([]);
    setResult(null);
  };

  return {
    target,
    chooseTarget,
    file,
    csvFile,
    readError,
    chooseFile,
    mapping,
    mapColumn,
    columnProblems,
    keyMissing: problems.keyMissing,
    keyField: keyFieldOf(target),
    canPreview:
      csvFile !== null && csvFile.csv.records.length > 0 && problems.columns.size === 0 && !problems.keyMissing,
    startPreview,
    uploadError: upload.error,
    sessionId,
    preview,
    confirm,
    commitError: commit.error,
    cancelPreview: dropSession,
    progress,
    busy: upload.isPending || commit.isPending,
    result,
    startOver,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
