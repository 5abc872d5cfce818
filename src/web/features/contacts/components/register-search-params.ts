import { useSearchParams } from 'react-router';
import { contactListQuerySchema, type ContactListQuery } from '../../../../shared/contacts';

const rememberedKey = 'contacts.register';

/** The register's address as the user left it, so that the card's "back" link returns to the same page. */
export function rememberedRegisterPath(): string {
  try {
    return `/contacts${window.sessionStorage.getItem(rememberedKey) ?? ''}`;
  } catch {
    return '/contacts';
  }
}

export type RegisterState = Required<Pick<ContactListQuery, 'page' | 'sort'>> &
  Pick<ContactListQuery, 'search' | 'custCat' | 'classification'>;

/**
 * The register's search, filters, sort and page live in the address, so that going back from a card, a reload
 * or a shared link shows the same page.
 */
export function useRegisterState(): [RegisterState, (changes: Partial<RegisterState>) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = contactListQuerySchema.safeParse(Object.fromEntries(params));
  const state: RegisterState = parsed.success
    ? {
        page: parsed.data.page,
        sort: parsed.data.sort,
        search: parsed.data.search,
        custCat: parsed.data.custCat,
        classification: parsed.data.classification,
      }
    : { page: 1, sort: 'code' };

  const update = (changes: Partial<RegisterState>) => {
    const next = { ...state, ...changes };
    // Any change but the page itself starts again from the first page.
    if (!('page' in changes)) next.page = 1;
    const search = new URLSearchParams();
    if (next.search) search.set('search', next.search);
    if (next.custCat) search.set('custCat', next.custCat);
    if (next.classification) search.set('classification', next.classification);
    if (next.sort !== 'code') search.set('sort', next.sort);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
    try {
      window.sessionStorage.setItem(rememberedKey, search.size > 0 ? `?${search.toString()}` : '');
    } catch {
      // Storage unavailable: the back link simply opens the first page.
    }
  };
  return [state, update];
}
