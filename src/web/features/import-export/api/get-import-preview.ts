import { queryOptions, useQuery } from '@tanstack/react-query';
import { importPreviewSchema } from '../../../../shared/import-export';
import { api } from '../../../lib/api-client';
import { importKeys } from './keys';

export const getImportPreview = (sessionId: string) =>
  api(`/import/sessions/${sessionId}/preview`, { schema: importPreviewSchema });

// The server checks every row again on each request: ask once per upload, and again only when told to.
export const getImportPreviewQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: importKeys.preview(sessionId),
    queryFn: () => getImportPreview(sessionId),
    staleTime: Infinity,
  });

export const useImportPreview = (sessionId: string | null) =>
  useQuery({ ...getImportPreviewQueryOptions(sessionId ?? ''), enabled: sessionId !== null });
