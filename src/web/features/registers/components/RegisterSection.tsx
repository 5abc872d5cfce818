import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { importTargetPath } from '../../../../shared/import-export';
import { isTypedKind, registerPathSegment, type RegisterEntry, type RegisterKind } from '../../../../shared/registers';
import { normaliseForSearch } from '../../../../shared/text';
import { QueryError } from '../../../lib/components/QueryError';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { paths } from '../../../lib/paths';
import { useDeleteRegisterEntry } from '../api/delete-register-entry';
import { useRegisterEntries } from '../api/get-register-entries';
import { RegisterEntryModal } from './RegisterEntryModal';
import { RegisterTable } from './RegisterTable';

function useTypeNames(kind: RegisterKind): Map<string, string> | undefined {
  const lookups = useLookups();
  return useMemo(() => {
    if (!isTypedKind(kind)) return undefined;
    const types = kind === 'classifications' ? lookups.data?.classificationTypes : lookups.data?.objectTypes;
    return new Map((types ?? []).map((type) => [type.code, type.name]));
  }, [kind, lookups.data]);
}

/** One code list: search, create and edit in a dialog, delete with confirmation (the server refuses a code in use). */
export function RegisterSection({ kind }: { kind: RegisterKind }) {
  const { t } = useTranslation(['registers', 'common']);
  const entries = useRegisterEntries(kind);
  const remove = useDeleteRegisterEntry();
  const typeNames = useTypeNames(kind);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<RegisterEntry | 'new' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  useHotkeys([['alt+N', () => setEditing('new')]]);

  const needle = normaliseForSearch(search);
  const shown = (entries.data ?? []).filter((entry) =>
    normaliseForSearch(`${entry.code} ${entry.name} ${entry.typeCode ?? ''}`).includes(needle),
  );

  const confirmDelete = (entry: RegisterEntry) =>
    modals.openConfirmModal({
      title: t('deleteConfirm.title', { code: entry.code }),
      children: <Text size="sm">{t('deleteConfirm.body', { code: entry.code, name: entry.name })}</Text>,
      labels: { confirm: t('deleteConfirm.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setRefusal(null);
        remove.mutate(
          { kind, code: entry.code },
          {
            onSuccess: () => notifications.show({ color: 'green', message: t('deleted', { code: entry.code }) }),
            onError: (error) => setRefusal(error.message),
          },
        );
      },
    });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          w={280}
        />
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconUpload size={16} />}
            component={Link}
            to={`${paths.importExport}?target=${importTargetPath[kind]}`}
          >
            {t('importCsv')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            component="a"
            href={`/api/export/${registerPathSegment[kind]}`}
            download
          >
            {t('exportCsv')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t(`kinds.${kind}.new`)}
          </Button>
        </Group>
      </Group>
      {refusal && (
        <Alert color="red" title={t('deleteRefused')} role="alert" withCloseButton onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      {entries.isPending && <Loader aria-label={t('common:loading')} />}
      {entries.error && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.data && entries.data.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {entries.data && entries.data.length > 0 && shown.length === 0 && <Text c="dimmed">{t('noMatches')}</Text>}
      {shown.length > 0 && (
        <RegisterTable kind={kind} entries={shown} typeNames={typeNames} onEdit={setEditing} onDelete={confirmDelete} />
      )}
      {entries.data && entries.data.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('rowsTotal', { count: entries.data.length })}
        </Text>
      )}
      <RegisterEntryModal kind={kind} editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
