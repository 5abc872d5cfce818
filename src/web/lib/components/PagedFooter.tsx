import { Group, Pagination, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { currentLanguage } from '../i18n';

interface PagedFooterProps {
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Names the page links for screen readers, e.g. "Lehekülgede valik" */
  label: string;
}

/** Below a paged table: how many rows there are in all, and the pages. */
export function PagedFooter({ total, page, pageSize, onPageChange, label }: PagedFooterProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // An address from before rows were deleted, or a typed one, may name a page past the end: show the last.
  useEffect(() => {
    if (page > pages) onPageChange(pages);
  }, [page, pages, onPageChange]);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('rowsTotal', { formatted: formatNumber(total, currentLanguage()) })}
      </Text>
      <Pagination total={pages} value={page} onChange={onPageChange} aria-label={label} siblings={1} />
    </Group>
  );
}
