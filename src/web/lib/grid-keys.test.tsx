import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../testing/render';
import { moveBetweenRowsOnArrows } from './grid-keys';

/** A register as the screens draw one: a link to the card and two buttons per row. */
function Register() {
  const codes = ['100001', '100002', '100003'];
  return (
    <Table>
      <Table.Tbody onKeyDown={moveBetweenRowsOnArrows}>
        {codes.map((code) => (
          <Table.Tr key={code}>
            <Table.Td>
              <a href={`/contacts/card/${code}`}>{code}</a>
            </Table.Td>
            <Table.Td>
              <button type="button">Muuda: {code}</button>
              <button type="button">Kustuta: {code}</button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

describe('moveBetweenRowsOnArrows', () => {
  it('moves to the same control of the next and previous row, Home and End to the first and last, and stops at the ends', async () => {
    renderScreen(<Register />);
    screen.getByRole('link', { name: '100001' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: '100002' })).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowDown}');
    expect(screen.getByRole('link', { name: '100003' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('link', { name: '100002' })).toHaveFocus();

    screen.getByRole('button', { name: 'Kustuta: 100003' }).focus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Kustuta: 100001' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Kustuta: 100001' })).toHaveFocus();
  });
});
