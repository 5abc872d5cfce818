import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Lookups } from '../../../../shared/registers';
import type { Mapping } from '../../../../shared/smaily-fields';
import { emptyLookups } from '../../../testing/lookups';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { SmailyFieldsPage } from './SmailyFieldsPage';

const lookups: Lookups = {
  ...emptyLookups,
  classificationTypes: [{ code: 'PIIRK', name: 'Piirkond' }],
};

const saved: Mapping = {
  rows: [
    { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
    { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
    { smailyField: 'kontaktisik', contactField: 'Person', valueKind: 'value', typeCode: null },
  ],
};

/** The grid's screen with its saved rows; records what a save would send. */
function renderGrid() {
  const sent: unknown[] = [];
  mswServer.use(
    http.get('/api/smaily-fields', () => HttpResponse.json(saved)),
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/contacts', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 20 })),
    http.put('/api/smaily-fields', async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(saved);
    }),
  );
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  renderScreen(<SmailyFieldsPage />, { path: '/crm/smaily-fields' });
  return { user, sent };
}

const smailyField = (row: number) => screen.getByRole('textbox', { name: `Smaily väli, rida ${row}` });
const contactField = (row: number) => screen.getByRole('combobox', { name: `Kontakti väli, rida ${row}` });

describe('Smaily päringu väljad by keyboard', () => {
  it('Enter moves on from a valid Smaily väli to the next cell, and Shift+Enter back; nothing is saved or flagged', async () => {
    const { user, sent } = renderGrid();
    await user.click(await screen.findByRole('button', { name: 'Lisa rida' }));
    expect(smailyField(4)).toHaveFocus();
    await user.keyboard('piirkond{Enter}');
    expect(contactField(4)).toHaveFocus();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(smailyField(4)).toHaveFocus();
    expect(sent).toEqual([]);
    // The empty Kontakti väli of the new row is not complained about before a save.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(contactField(4)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('Enter on the last cell goes on to Lisa rida, and Enter there adds a row to type in', async () => {
    const { user } = renderGrid();
    await screen.findByDisplayValue('kontaktisik');
    // Row 3 links to no other card: its Tüüp and type are disabled, so Kontakti väli is the grid's last cell.
    contactField(3).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Lisa rida' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(smailyField(4)).toHaveFocus();
  });

  // Ctrl+Enter on the delete button is left to the browser test (e2e/keyboard.spec.ts): only a real browser presses a button with it.
  it('Tab from a row without Tüüp reaches its delete button: Enter deletes, the focus is on Võta tagasi, which puts the row back', async () => {
    const { user } = renderGrid();
    await screen.findByDisplayValue('kontaktisik');
    contactField(2).focus();
    await user.tab();
    const deleteRow = screen.getByRole('button', { name: 'Kustuta rida 2' });
    expect(deleteRow).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(smailyField(2)).toHaveValue('kontaktisik');
    expect(screen.getByRole('status')).toHaveTextContent('Rida 2 (name) kustutati.');
    const undo = screen.getByRole('button', { name: 'Võta tagasi' });
    expect(undo).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(smailyField(2)).toHaveValue('name'));
    expect(smailyField(3)).toHaveValue('kontaktisik');
    expect(contactField(2)).toHaveValue('Nimi (Name)');
    expect(smailyField(2)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Võta tagasi' })).not.toBeInTheDocument();
  });
});
