import { useEffect } from 'react';
import { contactListQuerySchema } from '../../../../shared/contacts';
import { formatListParams, pageParam, type ListState } from '../../../lib/list-search-params';
import { useListSearchParams } from '../../../lib/use-list-search-params';

const rememberedKey = 'contacts.register';

/** The register's address: the API's own search and filters, its sort, and the page. */
const registerParams = contactListQuerySchema
  .pick({ search: true, custCat: true, classification: true, sort: true })
  .extend({ page: pageParam });
export type RegisterState = ListState<typeof registerParams>;
const registerDefaults: RegisterState = { sort: 'code', page: 1 };

/** The register's address as the user left it, so that the card's "back" link returns to the same page. */
export function rememberedRegisterPath(): string {
  try {
    return `/contacts${window.sessionStorage.getItem(rememberedKey) ?? ''}`;
  } catch {
    return '/contacts';
  }
}

/** The register's search, filters, sort and page from the address, remembered for the card's "back" link. */
export function useRegisterState() {
  const [state, update] = useListSearchParams(registerParams, registerDefaults);
  const search = formatListParams(registerParams, registerDefaults, state).toString();
  useEffect(() => {
    try {
      window.sessionStorage.setItem(rememberedKey, search ? `?${search}` : '');
    } catch {
      // Storage unavailable: the back link simply opens the first page.
    }
  }, [search]);
  return [state, update] as const;
}
