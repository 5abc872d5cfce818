import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  changeListState,
  formatListParams,
  parseListParams,
  type ListParamsSchema,
  type ListState,
} from './list-search-params';

/**
 * A list's search, filters, sort and page, kept in the address so that a reload, going back from a card or a
 * shared link shows the same page. `schema` and `defaults` must be module constants (they key the parsing).
 * A change replaces the history entry: paging through a list is not a trail of pages to step back through.
 */
export function useListSearchParams<S extends ListParamsSchema>(
  schema: S,
  defaults: ListState<S>,
): [ListState<S>, (changes: Partial<ListState<S>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListParams(schema, defaults, params), [schema, defaults, params]);
  const update = (changes: Partial<ListState<S>>) => {
    setParams(formatListParams(schema, defaults, changeListState(state, changes, defaults)), { replace: true });
  };
  return [state, update];
}
