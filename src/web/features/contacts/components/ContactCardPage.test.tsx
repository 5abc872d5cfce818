import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { contactInputSchema, type Contact } from '../../../../shared/contacts';
import type { Lookups } from '../../../../shared/registers';
import type { SmailyStatus } from '../../../../shared/smaily-account';
import type { SbContactOrigin } from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { emptyLookups } from '../../../testing/lookups';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { ContactCardPage } from './ContactCardPage';

const lookups: Lookups = {
  ...emptyLookups,
  customerClasses: [{ code: 'VKE', name: 'Väikeettevõte' }],
  classificationTypes: [{ code: 'PIIRK', name: 'Piirkond' }],
  classifications: [{ code: 'HARJU', name: 'Harjumaa', typeCode: 'PIIRK' }],
};

const contact: Contact = {
  Code: '100001',
  Name: 'Ärma OÜ',
  CustType: 0,
  CustCat: 'VKE',
  Classification: ['HARJU'],
  eMail: 'info@arma.test',
  Phone: '',
  Mobile: '',
  Person: 'Mari Tamm',
  CountryCode: 'EE',
  InvAddr0: 'Tartu mnt 1',
  InvAddr1: '10115 Tallinn',
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

const smailyStatus: SmailyStatus = {
  state: 'active',
  address: 'firma.sendsmaily.net',
  username: 'api',
  activatedAt: '2026-11-01T10:00:00.000Z',
  activatedBy: 'Mari',
  result: { code: 'activated', at: '2026-11-01T10:00:00.000Z' },
  failure: null,
};

const local: SbContactOrigin = { source: 'local', removedFromStandardBooksAt: null, readAt: null };

function serve(onPut: (body: unknown) => Response, origin: SbContactOrigin = local) {
  mswServer.use(
    http.get('/api/contacts/100001/standard-books', () => HttpResponse.json(origin)),
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/contacts/100001', () => HttpResponse.json(contact)),
    http.get('/api/contacts/100001/smaily', () => HttpResponse.json({ lastSentAt: null })),
    http.get('/api/contacts/100001/consent', () =>
      HttpResponse.json({ smailyUnsubscribe: null, conflict: false, noMailPostingChangedAt: null, forgotten: null }),
    ),
    http.get('/api/auth/me', () =>
      HttpResponse.json({ id: 1, name: 'Mari Maasikas', email: 'mari@example.test', role: 'user' }),
    ),
    http.get('/api/smaily/status', () => HttpResponse.json(smailyStatus)),
    http.put('/api/contacts/100001', async ({ request }) => onPut(await request.json())),
  );
}

const renderCard = () =>
  renderScreen(<ContactCardPage />, { path: '/contacts/card/100001', route: '/contacts/card/:code' });

describe('contact card', () => {
  it('loads a contact, saves an edited field and sends the whole card', async () => {
    const sent: unknown[] = [];
    serve((body) => {
      sent.push(body);
      const input = contactInputSchema.parse(body);
      return HttpResponse.json({ ...contact, ...input, DateChanged: '2026-11-28T13:40:00.000Z' });
    });
    renderCard();

    const name = await screen.findByLabelText('Nimi');
    expect(name).toHaveValue('Ärma OÜ');
    expect(screen.getByLabelText('Kood')).toHaveAttribute('readonly');
    // Ready to type: the first field that can change has the focus.
    await waitFor(() => expect(name).toHaveFocus());
    await userEvent.clear(name);
    await userEvent.type(name, 'Ärma Grupp OÜ');
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));

    expect(await screen.findByText('Kontakt 100001 on salvestatud')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ Code: '100001', Name: 'Ärma Grupp OÜ', Classification: ['HARJU'], CustCat: 'VKE' });
  });

  it('opens a new card with the focus in Kood', async () => {
    serve(() => HttpResponse.json(contact));
    renderScreen(<ContactCardPage />, { path: '/contacts/new' });
    const code = await screen.findByLabelText('Kood');
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).not.toHaveAttribute('readonly');
  });

  it('shows a field error from the server on that field and keeps what the user typed', async () => {
    serve(() =>
      HttpResponse.json(
        { message: 'Kontrolli välju', errors: { CustCat: 'Sellist kliendiklassi pole' } },
        { status: 400 },
      ),
    );
    renderCard();
    const person = await screen.findByLabelText('Kontaktisik');
    await userEvent.clear(person);
    await userEvent.type(person, 'Jaan Tamm');
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));

    const customerClass = screen.getByRole('combobox', { name: 'Kliendiklass' });
    await waitFor(() => expect(customerClass).toHaveAccessibleDescription('Sellist kliendiklassi pole'));
    expect(customerClass).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Kontaktisik')).toHaveValue('Jaan Tamm');
  });

  it('refuses an empty name before sending anything', async () => {
    let requests = 0;
    serve(() => {
      requests += 1;
      return HttpResponse.json(contact);
    });
    renderCard();
    await userEvent.clear(await screen.findByLabelText('Nimi'));
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));
    await waitFor(() => expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Kohustuslik väli'));
    expect(requests).toBe(0);
  });

  it('warns on the card when the e-mail would not be accepted by a push', async () => {
    serve(() => HttpResponse.json(contact));
    renderCard();
    const email = await screen.findByLabelText('E-post');
    await userEvent.clear(email);
    await userEvent.type(email, 'info@firma');
    expect(
      screen.getByText("See aadress ei sobi Smaily'sse edastamiseks: kontakt jäetakse vahele."),
    ).toBeInTheDocument();
  });

  it('says when the contact came from Standard Books, and when Standard Books no longer has it', async () => {
    const readAt = '2026-11-28T13:40:00.000Z';
    serve(() => HttpResponse.json(contact), { source: 'standard-books', removedFromStandardBooksAt: null, readAt });
    const { unmount } = renderCard();
    expect(await screen.findByText('Kontakt Standard Booksist')).toBeInTheDocument();
    expect(screen.getByText(/saab muuta ainult Standard Booksis/)).toHaveTextContent(formatDateTime(readAt, 'et'));
    unmount();

    serve(() => HttpResponse.json(contact), { source: 'standard-books', removedFromStandardBooksAt: readAt, readAt });
    renderCard();
    expect(await screen.findByText('Eemaldatud Standard Booksist')).toBeInTheDocument();
    expect(screen.getByText(/kuid seda Smaily'sse ei edastata/)).toBeInTheDocument();
  });

  it('shows a contact from Standard Books read-only: legible, reachable by Tab, unchangeable, nothing to save', async () => {
    let requests = 0;
    serve(
      () => {
        requests += 1;
        return HttpResponse.json(contact);
      },
      { source: 'standard-books', removedFromStandardBooksAt: null, readAt: '2026-11-28T13:40:00.000Z' },
    );
    renderCard();
    expect(await screen.findByText('Kirjutuskaitstud: muuda Standard Booksis')).toBeInTheDocument();
    const name = screen.getByLabelText('Nimi');
    for (const label of ['Nimi', 'E-post', 'Kontaktisik', 'Aadress 1']) {
      expect(screen.getByLabelText(label)).not.toBeDisabled();
      expect(screen.getByLabelText(label)).toHaveAttribute('readonly');
    }
    const choices = ['Kontakti tüüp', 'Kliendiklass', 'Klassifikaator'].map((label) =>
      screen.getByRole('combobox', { name: label }),
    );
    for (const choice of choices) {
      expect(choice).not.toBeDisabled();
      expect(choice).toHaveAttribute('aria-readonly', 'true');
    }
    const noMassMail = screen.getByRole('checkbox', { name: 'Ära koosta massmaile' });
    expect(noMassMail).not.toBeDisabled();
    expect(noMassMail).toHaveAttribute('aria-readonly', 'true');

    // Typing, a click on a choice or on a checkbox changes nothing and opens no list.
    await userEvent.type(name, 'X{Backspace}{Backspace}');
    expect(name).toHaveValue('Ärma OÜ');
    for (const choice of choices) {
      const shown = (choice as HTMLInputElement).value;
      await userEvent.click(choice);
      await userEvent.keyboard('{Control>}{Enter}{/Control}{ArrowDown}{ArrowDown}{Enter}{Backspace}');
      expect(choice).toHaveValue(shown);
      expect(choice).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    }
    // The classification's pill is still there: Backspace in a read-only list takes nothing away.
    expect(screen.getByText('HARJU — Harjumaa', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
    await userEvent.click(noMassMail);
    expect(noMassMail).not.toBeChecked();
    noMassMail.focus();
    await userEvent.keyboard(' ');
    expect(noMassMail).not.toBeChecked();

    // Tab walks the fields: a keyboard user reads them all, from Nimi down to the flags.
    name.focus();
    const reached = new Set<Element | null>();
    for (let step = 0; step < 30 && document.activeElement !== noMassMail; step += 1) {
      await userEvent.tab();
      reached.add(document.activeElement);
    }
    for (const element of [...choices.slice(1), screen.getByLabelText('E-post'), noMassMail]) {
      expect(reached).toContain(element);
    }

    expect(screen.queryByRole('button', { name: 'Salvesta' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(requests).toBe(0);
  });

  it('says nothing of Standard Books on a contact made here', async () => {
    serve(() => HttpResponse.json(contact));
    const { queryClient } = renderCard();
    await screen.findByLabelText('Nimi');
    await waitFor(() => expect(queryClient.getQueryState(['contacts', 'origin', '100001'])?.status).toBe('success'));
    expect(screen.queryByText(/Standard Books/)).not.toBeInTheDocument();
  });
});
