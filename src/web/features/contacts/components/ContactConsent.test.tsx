import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ContactConsent, SmailyView } from '../../../../shared/consent';
import type { Contact } from '../../../../shared/contacts';
import { activeSmaily, lookups } from '../../../testing/push-jobs-data';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { ContactCardPage } from './ContactCardPage';

const contact: Contact = {
  Code: '100001',
  Name: 'Ärma OÜ',
  CustType: 0,
  CustCat: 'VKE',
  Classification: [],
  eMail: 'info@arma.test',
  Phone: '',
  Mobile: '',
  Person: '',
  CountryCode: 'EE',
  InvAddr0: '',
  InvAddr1: '',
  InvAddr2: '',
  InvAddr3: '',
  InvAddr4: '',
  Objects: [],
  VATNr: '',
  RegNr1: '',
  Comment: '',
  NoMailPosting: false,
  blockedFlag: false,
  DateCreated: '2026-01-05T10:00:00.000Z',
  DateChanged: '2026-01-05T10:00:00.000Z',
};

const noConsent: ContactConsent = {
  smailyUnsubscribe: null,
  conflict: false,
  noMailPostingChangedAt: null,
  forgotten: null,
};

const moment = /\d\d\.\d\d\.\d{4} \d\d:\d\d/.source;
const day = /\d\d\.\d\d\.\d{4}/.source;

function serve({ role = 'admin', consent = noConsent }: { role?: 'admin' | 'user'; consent?: ContactConsent } = {}) {
  mswServer.use(
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/auth/me', () =>
      HttpResponse.json({ id: 1, name: 'Mari Maasikas', email: 'mari@example.test', role }),
    ),
    http.get('/api/smaily/status', () => HttpResponse.json(activeSmaily)),
    http.get('/api/contacts/100001', () => HttpResponse.json(contact)),
    http.get('/api/contacts/100001/smaily', () => HttpResponse.json({ lastSentAt: null })),
    http.get('/api/contacts/100001/consent', () => HttpResponse.json(consent)),
    http.get('/api/contacts/100001/standard-books', () =>
      HttpResponse.json({ source: 'local', removedFromStandardBooksAt: null, readAt: null }),
    ),
  );
}

const renderCard = () =>
  renderScreen(<ContactCardPage />, { path: '/contacts/card/100001', route: '/contacts/card/:code' });

async function openOperations() {
  await userEvent.click(await screen.findByRole('button', { name: 'Operatsioonid' }));
  return screen.findByRole('menu');
}

describe("the card's consent from Smaily", () => {
  it('shows when the person unsubscribed in Smaily and since when we know, and a conflict to decide', async () => {
    serve({
      consent: {
        smailyUnsubscribe: { unsubscribedAt: '2026-03-12T12:05:00.000Z', learnedAt: '2026-03-13T08:00:00.000Z' },
        conflict: true,
        noMailPostingChangedAt: '2026-03-14T09:00:00.000Z',
        forgotten: null,
      },
    });
    renderCard();
    expect(
      await screen.findByText(new RegExp(`^Smaily: loobus uudiskirjast ${moment}; teada alates ${day}$`)),
    ).toBeInTheDocument();
    const conflict = screen.getByRole('alert', { name: 'Vastuolu Smailyga' });
    expect(conflict).toHaveTextContent(new RegExp(`„Ära koosta massmaile” eemaldati siin ${moment}, pärast seda`));
  });

  it("shows Smaily's own view on request: subscribed since when, and the mapped fields it holds", async () => {
    serve();
    let reads = 0;
    const found: SmailyView = {
      kind: 'found',
      email: 'info@arma.test',
      subscribed: true,
      since: '2026-02-01T10:00:00.000Z',
      fields: [
        { name: 'name', value: 'Ärma OÜ' },
        { name: 'piirkond', value: 'Tartumaa' },
      ],
    };
    mswServer.use(
      http.get('/api/contacts/100001/smaily/view', () => {
        reads += 1;
        return HttpResponse.json(reads === 1 ? found : { kind: 'unknown', smailyCode: 206 });
      }),
    );
    renderCard();
    await screen.findByRole('form', { name: 'Kontakti kaart' });
    expect(reads).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Näita Smaily andmeid' }));
    const region = await screen.findByRole('region', { name: 'Smaily andmed' });
    expect(
      await within(region).findByText(new RegExp(`info@arma.test · Tellib uudiskirja alates ${moment}`)),
    ).toBeVisible();
    const table = within(region).getByRole('table', { name: 'Smaily päringu väljad Smailys' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['VäliVäärtus', 'nameÄrma OÜ', 'piirkondTartumaa']);

    await userEvent.click(screen.getByRole('button', { name: 'Loe Smaily andmed uuesti' }));
    expect(
      await within(region).findByText('Smaily ei tunne seda e-posti aadressi (Smaily vastus: kood 206).'),
    ).toBeVisible();
    expect(reads).toBe(2);
  });

  it("tells after Edasta Smaily'sse that the contact went as unsubscribed, and why", async () => {
    serve();
    mswServer.use(
      http.post('/api/contacts/100001/push', () =>
        HttpResponse.json({ outcome: 'sent', at: '2026-03-15T10:00:00.000Z', unsubscribed: 'smaily' }),
      ),
    );
    renderCard();
    await userEvent.click(within(await openOperations()).getByRole('menuitem', { name: "Edasta Smaily'sse" }));
    expect(
      await screen.findByText(
        new RegExp(`^Kontakt edastati Smaily'sse ${moment} loobununa: isik on Smailys uudiskirjast loobunud`),
      ),
    ).toBeInTheDocument();
  });

  it('Unusta Smailys asks first, naming the e-mail and that it cannot be undone, and sends that e-mail', async () => {
    serve();
    const bodies: unknown[] = [];
    mswServer.use(
      http.post('/api/contacts/100001/forget', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ email: 'info@arma.test', at: '2026-03-15T10:00:00.000Z', by: 'Mari Maasikas' });
      }),
    );
    renderCard();
    const menu = await openOperations();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Unusta Smailys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unustada info@arma.test Smailys?' });
    expect(dialog).toHaveTextContent('Seda ei saa tagasi võtta.');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Loobu' }));
    expect(bodies).toEqual([]);

    await userEvent.click(within(await openOperations()).getByRole('menuitem', { name: 'Unusta Smailys' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: /Unustada/ })).getByRole('button', { name: 'Unusta jäädavalt' }),
    );
    expect(await screen.findByText('info@arma.test on Smailys unustatud.')).toBeInTheDocument();
    expect(bodies).toEqual([{ email: 'info@arma.test' }]);
  });

  it('a forgotten address says so, and cannot be forgotten again; a kasutaja has no such item', async () => {
    serve({ consent: { ...noConsent, forgotten: { at: '2026-03-15T10:00:00.000Z', by: 'Mari Maasikas' } } });
    const { unmount } = renderCard();
    expect(
      await screen.findByText(
        new RegExp(`^Unustatud Smailys ${moment} \\(Mari Maasikas\\): seda aadressi Smaily'sse enam ei edastata\\.$`),
      ),
    ).toBeInTheDocument();
    const menu = await openOperations();
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Unusta Smailys' })).toBeDisabled());
    expect(within(menu).getByText('See aadress on Smailys juba unustatud.')).toBeInTheDocument();
    unmount();

    serve({ role: 'user' });
    renderCard();
    const userMenu = await openOperations();
    expect(within(userMenu).getByRole('menuitem', { name: "Edasta Smaily'sse" })).toBeInTheDocument();
    expect(within(userMenu).queryByRole('menuitem', { name: 'Unusta Smailys' })).not.toBeInTheDocument();
  });
});
