import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  sbConnectionInputSchema,
  sbRegisterKeys,
  type SbReadSummary,
  type SbStatus,
} from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { StandardBooksPage } from './StandardBooksPage';

const at = '2026-11-28T13:40:00.000Z';
const marks = sbRegisterKeys.map((register) => ({
  register,
  name: { contacts: 'CUVc', customerClasses: 'CCatVc' }[register as string] ?? 'X',
  sequence: null,
  readAt: null,
  fullReadAt: null,
}));
const notConnected: SbStatus = {
  connection: {
    state: 'not-connected',
    address: null,
    companyNo: null,
    username: null,
    connectedAt: null,
    connectedBy: null,
    result: null,
    failure: null,
  },
  read: { running: null, last: null, registers: marks, consecutiveFailures: 0, dailyFullReadAt: '03:30' },
};
const connected: SbStatus = {
  ...notConnected,
  connection: {
    state: 'connected',
    address: 'https://ettevote.excellent.ee:4455',
    companyNo: '1',
    username: 'api',
    connectedAt: at,
    connectedBy: 'Mari Administraator',
    result: { code: 'connected', at },
    failure: null,
  },
};
const counts = { read: 0, created: 0, updated: 0, unchanged: 0, removed: 0, rejected: 0 };
const lastRead: SbReadSummary = {
  mode: 'incremental',
  trigger: 'manual',
  userName: 'Mari Administraator',
  startedAt: at,
  finishedAt: '2026-11-28T13:41:00.000Z',
  outcome: 'partial',
  totals: { ...counts, read: 45, created: 43, rejected: 2 },
  registers: {
    customerClasses: { ...counts, mode: 'full', sequenceReset: false, read: 5, created: 5 },
    contacts: { ...counts, mode: 'full', sequenceReset: true, read: 40, created: 38, rejected: 2 },
  },
  rejections: [
    { register: 'contacts', code: '100002', reason: 'local-contact' },
    { register: 'contacts', code: '300001', reason: 'unknown-classification', codes: 'XX' },
  ],
  failure: null,
};

// The page's other sections (MasterSections.test.tsx): nothing to show here.
beforeEach(() => {
  mswServer.use(
    http.get('/api/standard-books/clashes', () => HttpResponse.json({ items: [], total: 0 })),
    http.get('/api/standard-books/write-back', () => HttpResponse.json({ enabled: false, pending: 0, failures: [] })),
  );
});

const credentials = {
  address: 'https://ettevote.excellent.ee:4455',
  companyNo: '1',
  username: 'api',
  password: 'Õige-1',
};

async function fill(dialog: HTMLElement, values: Partial<typeof credentials>) {
  const user = userEvent.setup();
  for (const [label, value] of [
    [/^Aadress/, values.address],
    [/^Firma nr/, values.companyNo],
    [/^Kasutajatunnus/, values.username],
    [/^Salasõna/, values.password],
  ] as const) {
    if (value === undefined) continue;
    const input = within(dialog).getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe('Standard Books ühendus', () => {
  it('connects: a wrong password is named and saves nothing, the right one is saved', async () => {
    let status = notConnected;
    const checked: unknown[] = [];
    mswServer.use(
      http.get('/api/standard-books/status', () => HttpResponse.json(status)),
      http.post('/api/standard-books/check', async ({ request }) => {
        const body = sbConnectionInputSchema.parse(await request.json());
        checked.push(body);
        return body.password === credentials.password
          ? HttpResponse.json({ systemVersion: '8.5 2024' })
          : HttpResponse.json(
              { message: 'Standard Books ei tunne seda kasutajatunnust ja salasõna.' },
              { status: 422 },
            );
      }),
      http.put('/api/standard-books/connection', async ({ request }) => {
        sbConnectionInputSchema.parse(await request.json());
        status = connected;
        return HttpResponse.json(status);
      }),
    );
    renderScreen(<StandardBooksPage />);
    const table = await screen.findByRole('table', { name: 'Standard Books ühendus' });
    expect(within(table).getByText('Pole ühendatud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Loe Standard Booksist' })).toBeDisabled();
    expect(screen.getByText('Standard Booksist pole veel loetud.')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Ühenda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Standard Books ühendus' });
    expect(within(dialog).getByLabelText(/^Firma nr/)).toHaveValue('1');
    await fill(dialog, { ...credentials, password: 'vale' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kontrolli ühendust' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Standard Books ei tunne seda kasutajatunnust ja salasõna.',
    );

    await fill(dialog, { password: credentials.password });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kontrolli ühendust' }));
    expect(await within(dialog).findByText('Ühendus toimib (Standard Books 8.5 2024).')).toBeInTheDocument();
    expect(checked).toEqual([{ ...credentials, password: 'vale' }, credentials]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Salvesta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(table).findByText('Ühendatud')).toBeInTheDocument();
    expect(screen.getByLabelText('Süsteemi teade')).toHaveValue(`Ühendus salvestati ${formatDateTime(at, 'et')}`);
    expect(screen.getByRole('button', { name: 'Loe Standard Booksist' })).toBeEnabled();
  });

  it('puts the server’s word about the address on the address field', async () => {
    mswServer.use(
      http.get('/api/standard-books/status', () => HttpResponse.json(notConnected)),
      http.put('/api/standard-books/connection', () =>
        HttpResponse.json(
          { message: 'Kontrolli välju', errors: { address: 'Ühendus peab olema turvaline' } },
          { status: 400 },
        ),
      ),
    );
    renderScreen(<StandardBooksPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Ühenda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Standard Books ühendus' });
    await fill(dialog, { ...credentials, address: 'http://ettevote.excellent.ee' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Salvesta' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Aadress/)).toHaveAccessibleDescription(
        expect.stringContaining('Ühendus peab olema turvaline') as string,
      ),
    );
  });

  it('reads: follows the running read, then shows its counts by register and the rejected records', async () => {
    let status: SbStatus = connected;
    let polls = 0;
    mswServer.use(
      http.get('/api/standard-books/status', () => {
        polls += 1;
        if (status.read.running && polls > 2) status = { ...connected, read: { ...connected.read, last: lastRead } };
        return HttpResponse.json(status);
      }),
      http.post('/api/standard-books/reads', async ({ request }) => {
        expect(await request.json()).toEqual({ mode: 'incremental' });
        status = {
          ...connected,
          read: {
            ...connected.read,
            running: {
              mode: 'incremental',
              trigger: 'manual',
              startedAt: at,
              register: 'contacts',
              totals: { ...counts, read: 12, created: 12 },
            },
          },
        };
        return HttpResponse.json(status, { status: 202 });
      }),
    );
    renderScreen(<StandardBooksPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Loe Standard Booksist' }));
    expect(await screen.findByText('Loen Standard Booksist (muudatused): Kontaktid')).toBeInTheDocument();
    expect(screen.getByText('Loetud 12, lisatud 12, muudetud 0, muutmata 0, tagasi lükatud 0')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Täielik lugemine' })).toBeDisabled();

    const countsTable = await screen.findByRole('table', { name: 'Viimase lugemise arvud registrite kaupa' });
    const rows = within(countsTable)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ]);
    expect(rows).toEqual([
      ['Kliendiklassid', 'täielik', '5', '5', '0', '0', '0', '0'],
      ['Kontaktid', 'täielik (järjenumber algas otsast, loeti täielikult)', '40', '38', '0', '0', '0', '2'],
    ]);
    expect(screen.getByText('Osa kirjeid lükati tagasi')).toBeInTheDocument();
    const rejected = screen.getByRole('table', { name: 'Tagasi lükatud kirjed' });
    expect(
      within(rejected)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Kontaktid100002sama koodiga kontakt on siin loodud (koodikonflikt kohaliku kontaktiga)',
      'Kontaktid300001tundmatu klassifikaator XX',
    ]);
    expect(screen.getByRole('button', { name: 'Loe Standard Booksist' })).toBeEnabled();
  });

  it('tells where a failed read stopped, and raises the banner after three failures in a row', async () => {
    const failed: SbReadSummary = {
      ...lastRead,
      trigger: 'daily',
      userName: null,
      outcome: 'failed',
      rejections: [],
      failure: { register: 'contacts', code: 'unreachable' },
    };
    mswServer.use(
      http.get('/api/standard-books/status', () =>
        HttpResponse.json({ ...connected, read: { ...connected.read, last: failed, consecutiveFailures: 3 } }),
      ),
    );
    renderScreen(<StandardBooksPage />);
    expect(
      await screen.findByText('Viimased 3 lugemist Standard Booksist ebaõnnestusid. Kontrolli ühendust.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Lugemine katkes registris Kontaktid: Standard Books serverit ei leitud/),
    ).toBeInTheDocument();
    expect(screen.getByText(/igapäevane täielik lugemine/)).toBeInTheDocument();
  });
});
