import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changedContactFields } from '../../../../shared/contact-csv';
import type { ContactInput } from '../../../../shared/contacts';
import { sbClashChoices, type SbClash } from '../../../../shared/standard-books-master';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useFieldLabel } from '../../../lib/use-field-label';
import { useChooseSbClash, useSbClashes } from '../api/master';

// Always shown, so that a person sees whose record it is even when only a detail differs.
const alwaysShown: (keyof ContactInput)[] = ['Name', 'eMail'];

function cell(value: ContactInput[keyof ContactInput] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** One code: the local contact and the Standard Books record side by side, the fields that differ marked. */
function ClashCard({ clash }: { clash: SbClash }) {
  const { t } = useTranslation('standard-books-sync');
  const label = useFieldLabel();
  const choose = useChooseSbClash();
  const language = currentLanguage();
  const sb = clash.standardBooks;
  const differing = sb ? changedContactFields(clash.local, sb) : [];
  const fields = [...alwaysShown, ...differing.filter((name) => !alwaysShown.includes(name))];
  const pick = (choice: SbClash['choice']) =>
    choose.mutate(
      { code: clash.code, choice },
      { onError: (error) => notifications.show({ color: 'red', message: error.message }) },
    );

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('clashes.codeLabel', { code: clash.code })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('clashes.codeLabel', { code: clash.code })}</Text>
          <Text size="sm" c="dimmed">
            {t('clashes.seen', { at: formatDateTime(clash.seenAt, language) })}
          </Text>
        </Group>
        {/* A long e-mail or name breaks anywhere, so that both versions fit a phone side by side. */}
        <Table withTableBorder verticalSpacing={4} style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clashes.field')}</Table.Th>
              <Table.Th>{t('clashes.local')}</Table.Th>
              <Table.Th>{t('clashes.standardBooks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((name) => (
              <Table.Tr key={name} fw={differing.includes(name) ? 600 : undefined}>
                <Table.Td>{label(name)}</Table.Td>
                <Table.Td>{cell(clash.local[name])}</Table.Td>
                <Table.Td>{sb ? cell(sb[name]) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!sb && (
          <Text size="sm" c="orange.9">
            {t('clashes.unreadable')}
          </Text>
        )}
        <Group gap="xs">
          {sbClashChoices.map((choice) => (
            <Button
              key={choice}
              size="xs"
              variant={clash.choice === choice ? 'filled' : 'default'}
              aria-pressed={clash.choice === choice}
              loading={choose.isPending && choose.variables.choice === choice}
              onClick={() => pick(clash.choice === choice ? null : choice)}
            >
              {t(`clashes.choices.${choice}`)}
            </Button>
          ))}
          <Text size="sm" c="dimmed">
            {clash.choice
              ? t('clashes.chosen', {
                  by: clash.chosenBy ?? '',
                  at: formatDateTime(clash.chosenAt, language),
                })
              : t('clashes.undecided')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Koodikonfliktid: codes a read found both here and in Standard Books; the next read applies each choice. */
export function ClashesSection() {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const clashes = useSbClashes();
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('clashes.title')}
        </Title>
        {clashes.isPending && <Loader aria-label={t('common:loading')} />}
        {clashes.error && <QueryError error={clashes.error} onRetry={() => void clashes.refetch()} />}
        {clashes.data?.total === 0 && <Text size="sm">{t('clashes.none')}</Text>}
        {clashes.data && clashes.data.total > 0 && (
          <>
            <Text size="sm">{t('clashes.help')}</Text>
            {clashes.data.total > clashes.data.items.length && (
              <Alert color="yellow">
                {t('clashes.more', { shown: clashes.data.items.length, total: clashes.data.total })}
              </Alert>
            )}
            {clashes.data.items.map((clash) => (
              <ClashCard key={clash.code} clash={clash} />
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
