import { useMutation } from '@tanstack/react-query';
import {
  sbCheckResultSchema,
  type SbCheckResult,
  type SbConnectionInput,
} from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';

export const checkSbConnection = (input: SbConnectionInput): Promise<SbCheckResult> =>
  api('/standard-books/check', { method: 'POST', body: input, schema: sbCheckResultSchema });

/** Kontrolli ühendust: asks the server to try the typed values; nothing is stored. */
export const useCheckSbConnection = () => useMutation({ mutationFn: checkSbConnection });
