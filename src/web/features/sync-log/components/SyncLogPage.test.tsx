import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { syncLogKinds, syncLogQuerySchema, type SyncLogEntry } from '../../../../shared/sync-log';
import enLog from '../../../locales/en/sync-log.json';
import etLog from '../../../locales/et/sync-log.json';
import { formatDateTime } from '../../../lib/format';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { SyncLogPage } from './SyncLogPage';

const base = { userName: 'Mari Maasikas', smailyCode: null, smailyMessage: null, details: null };
const entries: SyncLogEntry[] = [
  {
    ...base,
    id: 5,
    at: '2026-11-28T13:45:00.000Z',
    kind: 'job',
    subject: '7',
    outcome: 'partial',
    details: { filters: { custCat: 'VKE' }, counts: { sent: 10, skipped: 2 } },
  },
  {
    ...base,
    id: 4,
    at: '2026-11-28T13:44:00.000Z',
    kind: 'push',
    subject: '100003',
    outcome: 'failed',
    smailyCode: 204,
    smailyMessage: 'Invalid email address provided',
    details: { outcome: 'failed', reason: 'smaily-error', confirmed: ['closed'] },
  },
  {
    ...base,
    id: 3,
    at: '2026-11-28T13:43:00.000Z',
    kind: 'mapping',
    subject: 'smaily_field_mappings',
    outcome: 'ok',
    details: {
      added: ['piirkond'],
      removed: [],
      changed: [],
      reordered: false,
      rows: [{ smailyField: 'email' }, { smailyField: 'piirkond' }],
    },
  },
  {
    ...base,
    id: 2,
    at: '2026-11-28T13:41:00.000Z',
    kind: 'activation',
    subject: 'smaily_account',
    outcome: 'ok',
    details: { address: 'firma.sendsmaily.net', result: 'activated' },
  },
  {
    ...base,
    id: 1,
    at: '2026-11-28T13:40:00.000Z',
    kind: 'activation',
    subject: 'smaily_account',
    outcome: 'failed',
    smailyCode: 401,
    details: { address: 'firma.sendsmaily.net', result: 'wrong-credentials' },
  },
];

/** Answers like the server: filters and pages the fixture, and records each query it was asked. */
function serve() {
  const queries: unknown[] = [];
  mswServer.use(
    http.get('/api/sync-log', ({ request }) => {
      const query = syncLogQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
      queries.push(query);
      const items = entries.filter(
        (entry) => (!query.kind || entry.kind === query.kind) && (!query.outcome || entry.outcome === query.outcome),
      );
      return HttpResponse.json({ items, total: items.length, page: query.page, pageSize: query.pageSize });
    }),
  );
  return queries;
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Sünkroniseerimise logi' }))
    .getAllByRole('row')
    .slice(1);
/** The labelled lines of an entry's details, as its last column shows them. */
const detailLines = (row: HTMLElement | undefined) =>
  within(
    within(row as HTMLElement)
      .getAllByRole('cell')
      .at(-1) as HTMLElement,
  )
    .queryAllByRole('listitem')
    .map((line) => line.textContent);
const renderLog = (path = '/crm/sync-log') => renderScreen(<SyncLogPage />, { path, route: '/crm/sync-log' });

describe('Sünkroniseerimise logi', () => {
  it('lists entries newest first with time, user, kind, subject, outcome and what Smaily said', async () => {
    serve();
    renderLog();
    await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const cells = rows().map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(1, 7)
        .map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      [formatDateTime(entries[0]?.at, 'et'), 'Mari Maasikas', 'Hulgiedastus', 'Hulgiedastus nr 7', 'Osaliselt', '—'],
      [
        formatDateTime(entries[1]?.at, 'et'),
        'Mari Maasikas',
        'Kontakti edastamine',
        'Kontakt 100003',
        'Ebaõnnestus',
        '204 Invalid email address provided',
      ],
      [
        formatDateTime(entries[2]?.at, 'et'),
        'Mari Maasikas',
        'Päringu väljade muutmine',
        'Smaily päringu väljad',
        'Õnnestus',
        '—',
      ],
      [formatDateTime(entries[3]?.at, 'et'), 'Mari Maasikas', 'Aktiveerimine', 'Smaily liidestus', 'Õnnestus', '—'],
      [
        formatDateTime(entries[4]?.at, 'et'),
        'Mari Maasikas',
        'Aktiveerimine',
        'Smaily liidestus',
        'Ebaõnnestus',
        '401',
      ],
    ]);
    expect(screen.getByRole('link', { name: 'Kontakt 100003' })).toHaveAttribute('href', '/contacts/card/100003');
  });

  it('summarises details in words and shows all of them on request', async () => {
    serve();
    renderLog();
    await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const [job, push, mapping, activated, failed] = rows();
    // The push's own result is its badge (Ebaõnnestus), not a line in other words.
    expect(detailLines(push)).toEqual(['Põhjus: Smaily viga', 'Kinnitatud: suletud kontakt']);
    expect(detailLines(job)).toEqual(['Valik: Kliendiklass: VKE', 'Arvud: Saadetud: 10; Vahele jäetud: 2']);
    expect(detailLines(mapping)).toEqual(['Lisatud: piirkond']);
    expect(detailLines(activated)).toEqual(['Aadress: firma.sendsmaily.net', 'Tulemus: Registreerimine õnnestus']);
    expect(detailLines(failed)).toEqual([
      'Aadress: firma.sendsmaily.net',
      'Tulemus: Smaily ei tunne seda kasutajatunnust ja salasõna. Kontrolli API kasutaja andmeid (Smaily › sinu kasutajanimi › Seaded › Liidestused).',
    ]);

    await userEvent.click(within(mapping as HTMLElement).getByRole('button', { name: 'Näita üksikasju' }));
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Lisatud',
      'Eemaldatud',
      'Muudetud',
      'Järjekord muutus',
      'Read',
    ]);
    expect(screen.getAllByRole('definition').map((item) => item.textContent)).toEqual([
      'piirkond',
      '—',
      '—',
      'Ei',
      '2 kirjet',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Peida üksikasjad' }));
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
  });

  it('filters by kind and outcome through the address', async () => {
    const queries = serve();
    renderLog('/crm/sync-log?kind=activation');
    await waitFor(() => expect(rows()).toHaveLength(2));
    await userEvent.click(screen.getByRole('combobox', { name: 'Tulemus' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ebaõnnestus' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(queries.at(-1)).toEqual({ kind: 'activation', outcome: 'failed', page: 1, pageSize: 50 });
  });

  it('drops a bad value of the address on its own, and turns a page past the end into the last page', async () => {
    const queries = serve();
    const { router } = renderLog('/crm/sync-log?kind=activation&outcome=drop-table&page=999&utm=x');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(queries[0]).toEqual({ kind: 'activation', page: 999, pageSize: 50 });
    await waitFor(() => expect(router.state.location.search).toBe('?kind=activation'));
    await waitFor(() => expect(queries.at(-1)).toEqual({ kind: 'activation', page: 1, pageSize: 50 }));
  });

  it('says when nothing matches', async () => {
    serve();
    renderLog('/crm/sync-log?kind=deactivation');
    expect(await screen.findByText('Valitud liigi ja tulemusega kirjeid pole.')).toBeInTheDocument();
  });

  it('says in words who changed which user and how', async () => {
    const users: SyncLogEntry[] = [
      {
        ...base,
        id: 9,
        at: '2026-11-28T14:00:00.000Z',
        kind: 'users',
        subject: 'Jaan Kask',
        outcome: 'ok',
        details: { action: 'role-changed', email: 'jaan@example.test', role: 'admin' },
      },
      {
        ...base,
        id: 8,
        userName: 'Jaan Kask',
        at: '2026-11-28T13:59:00.000Z',
        kind: 'users',
        subject: 'Jaan Kask',
        outcome: 'ok',
        details: { action: 'password-changed', email: 'jaan@example.test' },
      },
    ];
    mswServer.use(
      http.get('/api/sync-log', () => HttpResponse.json({ items: users, total: 2, page: 1, pageSize: 50 })),
    );
    renderLog('/crm/sync-log?kind=users');
    await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const [role, password] = rows();
    expect(within(role as HTMLElement).getAllByRole('cell')[3]).toHaveTextContent('Kasutajate muutmine');
    expect(role).toHaveTextContent('Mari Maasikas');
    expect(role).toHaveTextContent('Jaan Kask');
    expect(detailLines(role)).toEqual(['Tegevus: roll muudeti', 'E-post: jaan@example.test', 'Roll: administraator']);
    expect(detailLines(password)).toEqual(['Tegevus: kasutaja muutis oma salasõna', 'E-post: jaan@example.test']);
    expect(screen.getByRole('combobox', { name: 'Liik' })).toHaveValue('Kasutajate muutmine');
  });

  it("names an all-contacts job's selection, and says a skipped push's outcome once, in the badge's word", async () => {
    const log: SyncLogEntry[] = [
      {
        ...base,
        id: 12,
        at: '2026-11-28T14:10:00.000Z',
        kind: 'job',
        subject: '4',
        outcome: 'ok',
        details: { action: 'started', address: 'firma.sendsmaily.net', filters: {}, total: 300 },
      },
      {
        ...base,
        id: 11,
        at: '2026-11-28T14:05:00.000Z',
        kind: 'push',
        subject: '100006',
        outcome: 'skipped',
        details: { outcome: 'not-sent', reason: 'no-email', confirmed: [] },
      },
    ];
    mswServer.use(http.get('/api/sync-log', () => HttpResponse.json({ items: log, total: 2, page: 1, pageSize: 50 })));
    renderLog();
    await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const [job, push] = rows();
    expect(detailLines(job)).toEqual([
      'Tegevus: alustatud',
      'Aadress: firma.sendsmaily.net',
      'Valik: kõik kontaktid',
      'Kokku: 300',
    ]);
    expect(within(push as HTMLElement).getAllByRole('cell')[5]).toHaveTextContent('Vahele jäetud');
    expect(detailLines(push)).toEqual(['Põhjus: e-post puudub']);
  });

  it('tells a read from Standard Books: its counts, its rejected records with code and reason, and its failure', async () => {
    const reads: SyncLogEntry[] = [
      {
        ...base,
        userName: null,
        id: 12,
        at: '2026-11-29T01:30:00.000Z',
        kind: 'standard-books-read',
        subject: 'standard_books_connection',
        outcome: 'failed',
        details: { mode: 'full', trigger: 'daily', read: 40, created: 0, updated: 2, failure: 'wrong-credentials' },
      },
      {
        ...base,
        id: 11,
        at: '2026-11-28T14:10:00.000Z',
        kind: 'standard-books-read',
        subject: 'standard_books_connection',
        outcome: 'partial',
        details: {
          mode: 'incremental',
          trigger: 'manual',
          read: 3,
          created: 1,
          rejected: 2,
          registers: { contacts: { mode: 'incremental', read: 3 } },
          rejections: [
            { register: 'contacts', code: '100042', reason: 'local-contact' },
            { register: 'contacts', code: '100043', reason: 'too-long', field: 'Name' },
          ],
        },
      },
    ];
    mswServer.use(
      http.get('/api/sync-log', () => HttpResponse.json({ items: reads, total: 2, page: 1, pageSize: 50 })),
    );
    renderLog('/crm/sync-log?kind=standard-books-read');
    await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const [daily, manual] = rows();
    expect(within(daily as HTMLElement).getAllByRole('cell')[2]).toHaveTextContent('Süsteem');
    expect(within(daily as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent('Standard Books ühendus');
    expect(detailLines(daily)).toEqual([
      'Lugemise viis: täielik',
      'Käivitus: igapäevane täielik lugemine',
      'Loetud: 40',
      'Lisatud: 0',
      'Muudetud: 2',
      'Viga: Standard Books ei tunne seda kasutajatunnust ja salasõna.',
    ]);
    expect(detailLines(manual).slice(0, 4)).toEqual([
      'Lugemise viis: muudatused',
      'Käivitus: käsitsi',
      'Loetud: 3',
      'Lisatud: 1',
    ]);
    expect(manual).not.toHaveTextContent('Registrite kaupa');
    await userEvent.click(within(manual as HTMLElement).getByRole('button', { name: 'Näita üksikasju' }));
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    const definitions = screen.getAllByRole('definition').map((item) => item.textContent);
    expect(definitions[terms.indexOf('Tagasi lükatud kirjed')]).toBe(
      'kontaktid 100042: sama koodiga kontakt on siin loodud (koodikonflikt kohaliku kontaktiga); kontaktid 100043: väli Name on liiga pikk',
    );
    expect(definitions[terms.indexOf('Registrite kaupa')]).toBe('Kontaktid: Lugemise viis: muudatused; Loetud: 3');
  });

  // A new kind of entry (src/shared/sync-log.ts says how to add one) is not done until both languages name it.
  it('has a label for every kind in Estonian and English', () => {
    for (const labels of [etLog.kinds, enLog.kinds]) {
      expect(Object.keys(labels).sort()).toEqual([...syncLogKinds].sort());
    }
  });
});
