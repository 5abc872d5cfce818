import { useSearchParams } from 'react-router';
import { smailyLogQuerySchema, type SmailyLogKind, type SmailyLogOutcome } from '../../../../shared/smaily-log';

export interface LogFilters {
  kind?: SmailyLogKind;
  outcome?: SmailyLogOutcome;
  page: number;
}

/** Filters and page live in the address: a reload, or going back from a contact card, shows the same page. */
export function useLogFilters(): [LogFilters, (changes: Partial<LogFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = smailyLogQuerySchema.safeParse(Object.fromEntries(params));
  const state: LogFilters = parsed.success
    ? { kind: parsed.data.kind, outcome: parsed.data.outcome, page: parsed.data.page }
    : { page: 1 };

  const update = (changes: Partial<LogFilters>) => {
    const next = { ...state, ...changes };
    // A new filter starts from the first page.
    if (!('page' in changes)) next.page = 1;
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.outcome) search.set('outcome', next.outcome);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
  };
  return [state, update];
}
