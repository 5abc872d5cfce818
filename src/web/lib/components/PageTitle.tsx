import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageTitleProps {
  /** The screen's name, as in the navigation */
  title: string;
  /** Buttons or menus on the right */
  actions?: ReactNode;
}

export function PageTitle({ title, actions }: PageTitleProps) {
  return (
    <Group justify="space-between" mb="md" wrap="nowrap">
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
