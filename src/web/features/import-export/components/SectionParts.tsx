import { Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importTargets, type ImportTarget } from '../../../../shared/import-export';

/** A section's heading with one line on what it does. */
export function SectionHeading({ title, description }: { title: string; description: string }) {
  return (
    <div>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
    </div>
  );
}

interface TargetSelectProps {
  label: string;
  value: ImportTarget;
  onChange: (target: ImportTarget) => void;
  disabled?: boolean;
}

/** Kontaktid or one of the code lists. */
export function TargetSelect({ label, value, onChange, disabled }: TargetSelectProps) {
  const { t } = useTranslation('import-export');
  return (
    <Select
      label={label}
      data={importTargets.map((target) => ({ value: target, label: t(`targets.${target}`) }))}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      disabled={disabled}
      w={220}
    />
  );
}
