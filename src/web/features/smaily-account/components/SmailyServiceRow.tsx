import { Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SmailyState, SmailyStatus } from '../../../../shared/smaily-account';

const stateColors: Record<SmailyState, string> = { active: 'green', inactive: 'gray', 'needs-reactivation': 'orange' };

interface SmailyServiceRowProps {
  status: SmailyStatus;
  onActivate: () => void;
  onDeactivate: () => void;
}

/** The Smaily row of "Muud teenused": its state, its address, and what can be done. */
export function SmailyServiceRow({ status, onActivate, onDeactivate }: SmailyServiceRowProps) {
  const { t } = useTranslation(['smaily-account', 'common']);
  return (
    <Table.Tr>
      <Table.Td fw={500} data-label={t('table.service')}>
        {t('smaily')}
      </Table.Td>
      <Table.Td data-label={t('table.state')}>
        {/* A badge clips its label; max-content keeps the whole word. */}
        <Badge color={stateColors[status.state]} variant="light" miw="max-content">
          {t(`states.${status.state}`)}
        </Badge>
      </Table.Td>
      <Table.Td data-label={t('table.address')} style={{ overflowWrap: 'anywhere' }}>
        {status.address ?? t('common:none')}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="wrap">
          <Button size="xs" onClick={onActivate}>
            {t('activate')}
          </Button>
          {status.address !== null && (
            <Button size="xs" variant="default" color="red" onClick={onDeactivate}>
              {t('deactivate')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
