import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { moveBetweenRowsOnArrows } from './grid-keys';

/** A register as the screens draw one: a link to the card and two buttons per row. */
function Register() {
  const codes = ['100001', '100002', '100003'];
  return (
    <table>
      <tbody onKeyDown={moveBetweenRowsOnArrows}>
        {codes.map((code) => (
          <tr key={code}>
            <td>
              <a href={`/contacts/card/${code}`}>{code}</a>
            </td>
            <td>
              <button type="button">Muuda: {code}</button>
              <button type="button">Kustuta: {code}</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

describe('moveBetweenRowsOnArrows', () => {
  it('moves to the same control of the next and previous row, Home and End to the first and last, and stops at the ends', async () => {
    render(<Register />);
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
