import type { ParseKeys } from 'i18next';
import type { Role } from '../../../shared/auth';
import { paths } from '../../lib/paths';

/** Standard Books' module menu: module › section › screen. Labels are keys of the `common` namespace. */
export interface NavScreen {
  label: ParseKeys<'common'>;
  to: string;
  roles?: readonly Role[];
}
export interface NavSection {
  label: ParseKeys<'common'>;
  items: readonly (NavScreen | NavSection)[];
}

const adminOnly = ['admin'] as const;

export const navigation: readonly NavSection[] = [
  {
    label: 'nav.crm',
    items: [
      {
        label: 'nav.registers',
        items: [
          { label: 'nav.contacts', to: paths.contacts },
          { label: 'nav.customerClasses', to: paths.customerClasses },
          { label: 'nav.classifications', to: paths.classifications },
          { label: 'nav.objects', to: paths.objects },
        ],
      },
      { label: 'nav.importExport', to: paths.importExport },
      { label: 'nav.settings', items: [{ label: 'nav.smailyFields', to: paths.smailyFields, roles: adminOnly }] },
      {
        label: 'nav.functions',
        items: [{ label: 'nav.maintenance', items: [{ label: 'nav.smailyPush', to: paths.smailyPush }] }],
      },
      { label: 'nav.syncLog', to: paths.syncLog },
    ],
  },
  {
    label: 'nav.general',
    items: [
      {
        label: 'nav.settings',
        items: [
          { label: 'nav.eServices', to: paths.eServices, roles: adminOnly },
          { label: 'nav.standardBooks', to: paths.standardBooks, roles: adminOnly },
          { label: 'nav.users', to: paths.users, roles: adminOnly },
        ],
      },
    ],
  },
];

export function isScreen(item: NavScreen | NavSection): item is NavScreen {
  return 'to' in item;
}

/** The menu as a role sees it: screens it may not open are left out, and so are sections left empty. */
export function visibleNavigation(sections: readonly NavSection[], role: Role): NavSection[] {
  return sections.flatMap((section) => {
    const items = section.items.flatMap<NavScreen | NavSection>((item) => {
      if (isScreen(item)) return !item.roles || item.roles.includes(role) ? [item] : [];
      return visibleNavigation([item], role);
    });
    return items.length > 0 ? [{ ...section, items }] : [];
  });
}
