import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportTarget } from '../../../../shared/import-export';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import type { ImportDone } from '../api/commit-import';

const registerPath: Record<ImportTarget, string> = {
  contacts: paths.contacts,
  customerClasses: paths.customerClasses,
  classifications: paths.classifications,
  classificationTypes: `${paths.classifications}?tab=types`,
  objects: paths.objects,
  objectTypes: `${paths.objects}?tab=types`,
};

export function ImportResult({
  target,
  result,
  onAgain,
}: {
  target: ImportTarget;
  result: ImportDone;
  onAgain: () => void;
}) {
  const { t } = useTranslation('import-export');
  const language = currentLanguage();
  const counts = {
    created: formatNumber(result.created, language),
    updated: formatNumber(result.updated, language),
    unchanged: formatNumber(result.unchanged, language),
    rejected: formatNumber(result.rejected, language),
  };
  return (
    <Alert color="green" icon={<IconCircleCheck />} title={t('result.title')} role="status">
      <Text size="sm">{t('result.summary', counts)}</Text>
      <Group mt="sm" gap="xs">
        <Button component={Link} to={registerPath[target]} size="xs">
          {t('result.open', { register: t(`targets.${target}`) })}
        </Button>
        <Button variant="default" size="xs" onClick={onAgain}>
          {t('result.again')}
        </Button>
      </Group>
    </Alert>
  );
}
