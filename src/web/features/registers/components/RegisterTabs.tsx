import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RegisterKind } from '../../../../shared/registers';
import { RegisterSection } from './RegisterSection';

/** A code list and the list of its types, as two tabs; the open tab is kept in the address (?tab=types). */
export function RegisterTabs({ entries, types }: { entries: RegisterKind; types: RegisterKind }) {
  const { t } = useTranslation('registers');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'types' ? 'types' : 'entries';
  return (
    <Tabs
      value={tab}
      onChange={(value) => setParams(value === 'types' ? { tab: 'types' } : {}, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="entries">{t(`kinds.${entries}.title`)}</Tabs.Tab>
        <Tabs.Tab value="types">{t(`kinds.${types}.title`)}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="entries">
        <RegisterSection kind={entries} />
      </Tabs.Panel>
      <Tabs.Panel value="types">
        <RegisterSection kind={types} />
      </Tabs.Panel>
    </Tabs>
  );
}
