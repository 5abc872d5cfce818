import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { registerEntryInputSchema, type RegisterEntry } from '../../../../shared/registers';
import { emptyLookups } from '../../../testing/lookups';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { CustomerClassesPage } from './CustomerClassesPage';

function serve(entries: RegisterEntry[]) {
  const created: RegisterEntry[] = [];
  mswServer.use(
    http.get('/api/lookups', () => HttpResponse.json(emptyLookups)),
    http.get('/api/registers/customer-classes', () => HttpResponse.json([...entries, ...created])),
    http.post('/api/registers/customer-classes', async ({ request }) => {
      const entry = registerEntryInputSchema('customerClasses').parse(await request.json());
      if (entries.some((item) => item.code === entry.code)) {
        return HttpResponse.json(
          { message: 'Kontrolli välju', errors: { code: 'See kood on juba kasutusel' } },
          { status: 400 },
        );
      }
      created.push(entry);
      return HttpResponse.json(entry, { status: 201 });
    }),
    http.delete('/api/registers/customer-classes/VKE', () =>
      HttpResponse.json({ message: 'Koodi VKE ei saa kustutada: see on kasutusel 58 kontaktil.' }, { status: 409 }),
    ),
  );
}

describe('Kliendiklassid', () => {
  it('marks the entries read from Standard Books, which have no edit or delete, and sends the source of none', async () => {
    serve([
      { code: 'ERA', name: 'Eraklient', source: 'local' },
      { code: 'VKE', name: 'Väikeettevõte', source: 'standard-books' },
    ]);
    let sent: unknown = null;
    mswServer.use(
      http.put('/api/registers/customer-classes/ERA', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ code: 'ERA', name: 'Eraklient' });
      }),
    );
    renderScreen(<CustomerClassesPage />);
    const vke = await screen.findByRole('row', { name: /Väikeettevõte/ });
    expect(within(vke).getByText('Standard Books').closest('[title]')).toHaveAttribute(
      'title',
      'Tuli Standard Booksist: muuda või kustuta seda Standard Booksis',
    );
    expect(within(vke).queryAllByRole('button')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Muuda: ERA' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Salvesta' }));
    await waitFor(() => expect(sent).toEqual({ code: 'ERA', name: 'Eraklient' }));
  });

  it('searches by code or name, ignoring case and Estonian letters', async () => {
    serve([
      { code: 'ERA', name: 'Eraklient' },
      { code: 'VKE', name: 'Väikeettevõte' },
    ]);
    renderScreen(<CustomerClassesPage />);
    expect(await screen.findByRole('cell', { name: 'Väikeettevõte' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Otsi' }), 'VÄIKE');
    expect(screen.queryByRole('cell', { name: 'Eraklient' })).not.toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Väikeettevõte' })).toBeInTheDocument();
  });

  it("checks the form with the shared rules, puts the server's refusal on the code field, and saves a new class", async () => {
    serve([{ code: 'VKE', name: 'Väikeettevõte' }]);
    renderScreen(<CustomerClassesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Uus kliendiklass' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Kood'), 'PIKKKOOD');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Salvesta' }));
    expect(await within(dialog).findByText('Kuni 5 märki')).toBeInTheDocument();
    expect(within(dialog).getByText('Kohustuslik väli')).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText('Kood'));
    await userEvent.type(within(dialog).getByLabelText('Kood'), 'VKE');
    await userEvent.type(within(dialog).getByLabelText('Nimi'), 'Teine');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Salvesta' }));
    expect(await within(dialog).findByText('See kood on juba kasutusel')).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText('Kood'));
    await userEvent.type(within(dialog).getByLabelText('Kood'), 'UUS');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Salvesta' }));
    expect(await screen.findByText('UUS on salvestatud')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'UUS' })).toBeInTheDocument();
  });

  it('asks before deleting and shows why the server refused', async () => {
    serve([{ code: 'VKE', name: 'Väikeettevõte' }]);
    renderScreen(<CustomerClassesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Kustuta: VKE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kustuta VKE?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kustuta' }));
    expect(await screen.findByRole('alert', { name: 'Kustutamine ei õnnestunud' })).toHaveTextContent(
      'Koodi VKE ei saa kustutada: see on kasutusel 58 kontaktil.',
    );
    expect(screen.getByRole('cell', { name: 'Väikeettevõte' })).toBeInTheDocument();
  });
});
