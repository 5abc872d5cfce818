import type { KeyboardEvent } from 'react';

const cellInputs = 'td input:not([type="hidden"]):not(:disabled), td select:not(:disabled)';

/**
 * Enter in an editable grid as in Standard Books: it moves to the next cell (Shift+Enter to the one before)
 * instead of submitting the form. Leaves alone what a cell has already handled (a list that picked an option
 * with Enter, a field that took a suggestion) and Enter with Ctrl, Alt or Meta. Put it on the grid's table;
 * Enter on the last cell calls `afterLast`.
 */
export function moveToNextCellOnEnter(event: KeyboardEvent<HTMLElement>, afterLast?: () => void): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.defaultPrevented || event.nativeEvent.defaultPrevented) return;
  const from = event.target;
  if (!(from instanceof HTMLInputElement || from instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const cells = [...event.currentTarget.querySelectorAll<HTMLElement>(cellInputs)].filter((cell) => cell.tabIndex >= 0);
  const next = cells[cells.indexOf(from) + (event.shiftKey ? -1 : 1)];
  if (next) next.focus();
  else if (!event.shiftKey) afterLast?.();
}

const rowLinks = 'a[href], button:not(:disabled)';

/**
 * Arrow keys move between the rows of a register: ArrowDown/ArrowUp take the focus to the same kind of control
 * (the code's link, the edit button…) in the next or previous row, Home/End to the first or last row. Put it on
 * the table's body.
 */
export function moveBetweenRowsOnArrows(event: KeyboardEvent<HTMLElement>): void {
  const steps: Record<string, (index: number, count: number) => number> = {
    ArrowDown: (index, count) => Math.min(index + 1, count - 1),
    ArrowUp: (index) => Math.max(index - 1, 0),
    Home: () => 0,
    End: (_, count) => count - 1,
  };
  const step = steps[event.key];
  const from = event.target;
  if (!step || !(from instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
  const cell = from.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return;
  const rows = [...event.currentTarget.querySelectorAll(':scope > tr')];
  const column = [...row.children].indexOf(cell);
  const position = [...cell.querySelectorAll(rowLinks)].indexOf(from);
  const target =
    rows[step(rows.indexOf(row), rows.length)]?.children[column]?.querySelectorAll<HTMLElement>(rowLinks)[position];
  if (!target) return;
  event.preventDefault();
  target.focus();
}
