import { Button, EmptyState, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconAddressBook, IconFileExport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { contactExportQuerySchema } from '../../../../shared/import-export';
import { PagedFooter } from '../../../lib/components/PagedFooter';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { classificationOptions, customerClassOptions } from '../../../lib/lookups/code-options';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { formatListParams } from '../../../lib/list-search-params';
import { paths } from '../../../lib/paths';
import { CodeSelect } from '../../../lib/components/CodeSelect';
import { useContacts } from '../api/get-contacts';
import { ContactsTable } from './ContactsTable';
import { useRegisterState, type RegisterState } from './register-search-params';

const pageSize = 50;

/** Import / eksport with the register's current search and filters, so "Ekspordi" exports what the user sees. */
function exportPath(state: RegisterState): string {
  const query = formatListParams(contactExportQuerySchema, {}, state);
  return query.size > 0 ? `${paths.importExport}?${query.toString()}` : paths.importExport;
}

/** Kontaktid: the register with search, filters by class and classification, and paging done by the server. */
export function ContactsPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const navigate = useNavigate();
  const [state, update] = useRegisterState();
  const [searchText, setSearchText] = useState(state.search ?? '');
  const updateSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const contacts = useContacts({ ...state, pageSize });
  const lookups = useLookups();
  const openNew = () => void navigate(paths.newContact);
  // Alt+N, as on the code lists: browsers keep Ctrl+N for a new window.
  useHotkeys([['alt+N', openNew]], []);

  const filtered = Boolean(state.search || state.custCat || state.classification);
  const data = contacts.data;

  return (
    <>
      <PageTitle
        title={t('common:nav.contacts')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileExport size={16} />}
              component={Link}
              to={exportPath(state)}
            >
              {t('register.export')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={openNew} title={t('register.newHint')}>
              {t('common:new')}
            </Button>
          </>
        }
      />
      <Group align="flex-end" mb="md" gap="sm">
        <TextInput
          label={t('register.searchLabel')}
          placeholder={t('register.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(event) => {
            setSearchText(event.currentTarget.value);
            updateSearch(event.currentTarget.value);
          }}
          w={280}
          type="search"
        />
        <CodeSelect
          label={t('register.customerClass')}
          placeholder={t('register.anyCustomerClass')}
          data={customerClassOptions(lookups.data)}
          w={240}
          value={state.custCat ?? ''}
          onChange={(value) => update({ custCat: value || undefined })}
        />
        <CodeSelect
          label={t('register.classification')}
          placeholder={t('register.anyClassification')}
          data={classificationOptions(lookups.data)}
          w={260}
          value={state.classification ?? ''}
          onChange={(value) => update({ classification: value || undefined })}
        />
      </Group>

      {contacts.error && <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />}
      {data && data.total === 0 && !filtered && (
        <EmptyState
          icon={<IconAddressBook />}
          title={t('register.emptyTitle')}
          description={t('register.emptyDescription')}
        >
          <EmptyState.Actions>
            <Button onClick={openNew} leftSection={<IconPlus size={16} />}>
              {t('common:new')}
            </Button>
            <Button variant="default" component={Link} to={paths.importExport}>
              {t('register.openImport')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {data && data.total === 0 && filtered && (
        <EmptyState
          icon={<IconSearch />}
          title={t('register.noMatchesTitle')}
          description={t('register.noMatchesDescription')}
        >
          <EmptyState.Actions>
            <Button
              variant="default"
              onClick={() => {
                setSearchText('');
                update({ search: undefined, custCat: undefined, classification: undefined });
              }}
            >
              {t('register.clearFilters')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {data && data.total > 0 && (
        <Stack gap="sm">
          <ContactsTable
            items={data.items}
            sort={state.sort}
            onSortChange={(sort) => update({ sort })}
            beforeOpen={updateSearch.flush}
          />
          <PagedFooter
            total={data.total}
            page={state.page}
            pageSize={pageSize}
            onPageChange={(page) => update({ page })}
            label={t('register.pagination')}
          />
        </Stack>
      )}
    </>
  );
}
