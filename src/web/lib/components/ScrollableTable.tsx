import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollableTableProps {
  /** The table's own name: the scrolling region is named after it */
  label: string;
  /** Below this width (a phone) the table scrolls sideways instead of squeezing its columns */
  minWidth: number;
  children: ReactNode;
}

/**
 * A table of facts without links or buttons that scrolls sideways on a phone. Its scrolling area takes the
 * keyboard's focus (the arrow keys then scroll it), which a table with nothing focusable in it would otherwise
 * deny a keyboard user; a table with actions should stack on a phone instead (stacked-table.module.css).
 */
export function ScrollableTable({ label, minWidth, children }: ScrollableTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
