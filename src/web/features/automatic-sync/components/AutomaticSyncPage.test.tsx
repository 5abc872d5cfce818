import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  automaticSyncSettingsSchema,
  defaultAutomaticSyncSettings,
  type AutomaticSyncSettings,
  type AutomaticSyncStatus,
} from '../../../../shared/automatic-sync';
import { mswServer } from '../../../testing/msw-server';
import { lookups, pushJob } from '../../../testing/push-jobs-data';
import { renderScreen } from '../../../testing/render';
import { AutomaticSyncPage } from './AutomaticSyncPage';

const off: AutomaticSyncStatus = {
  settings: defaultAutomaticSyncSettings,
  nextRunAt: null,
  lastRun: null,
  paused: null,
  wholeSelectionDue: false,
};

/** On, hourly, VKE: the next run at 16:00 Tallinn time (UTC+2 in December); the last one sent job 12. */
const on: AutomaticSyncStatus = {
  settings: { enabled: true, schedule: 'hourly', dailyAt: '03:30', filters: { custCat: 'VKE' } },
  nextRunAt: '2026-12-01T14:00:00.000Z',
  lastRun: {
    at: '2026-12-01T13:00:00.000Z',
    outcome: 'job',
    job: pushJob({
      id: 12,
      status: 'completed',
      startedBy: { id: null, name: null },
      counts: { total: 4, sent: 3, skipped: 1, pending: 0 },
    }),
    nothingSince: null,
  },
  paused: null,
  wholeSelectionDue: false,
};

/** Answers like the server: GET the status, PUT settings through `onPut`; records the settings sent. */
function serve(
  initial: AutomaticSyncStatus,
  onPut: (settings: AutomaticSyncSettings) => Response = (settings) =>
    HttpResponse.json({ ...initial, settings, nextRunAt: settings.enabled ? '2026-12-02T05:15:00.000Z' : null }),
) {
  const sent: AutomaticSyncSettings[] = [];
  mswServer.use(
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/automatic-sync', () => HttpResponse.json(initial)),
    http.put('/api/automatic-sync', async ({ request }) => {
      const settings = automaticSyncSettingsSchema.parse(await request.json());
      sent.push(settings);
      return onPut(settings);
    }),
  );
  return sent;
}

// Mantine's switch is its whole label, so its name goes on with the hint.
const switchName = /^Edasta kontaktid Smaily keskkonda automaatselt/;
const renderPage = () => renderScreen(<AutomaticSyncPage />, { path: '/crm/automatic-sync' });
const runsTable = () => screen.findByRole('table', { name: 'Automaatse edastuse käivitused' });
const row = (table: HTMLElement, name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });

async function chooseCustomerClass(option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: 'Kliendiklass' }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('Smaily automaatne edastus', () => {
  it('is off by default and says so; turned on daily at a time for a customer class, it saves and shows the next run', async () => {
    const sent = serve(off);
    renderPage();
    const table = await runsTable();
    expect(row(table, 'Järgmine käivitus')).toHaveTextContent('Automaatne edastus on väljas');
    expect(row(table, 'Viimane käivitus')).toHaveTextContent('Automaatset käivitust pole veel olnud');
    const enabled = screen.getByRole('switch', { name: switchName });
    expect(enabled).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Iga tunni järel' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Kellaaeg' })).not.toBeInTheDocument();

    await userEvent.click(enabled);
    await userEvent.click(screen.getByRole('radio', { name: 'Iga päev kell' }));
    const time = screen.getByRole('textbox', { name: 'Kellaaeg' });
    expect(time).toHaveValue('03:30');
    await userEvent.clear(time);
    await userEvent.type(time, '07:15');
    await chooseCustomerClass('VKE — Väikeettevõte');
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));

    expect(await screen.findByText('Automaatse edastuse seadistus salvestatud')).toBeInTheDocument();
    expect(sent).toEqual([{ enabled: true, schedule: 'daily', dailyAt: '07:15', filters: { custCat: 'VKE' } }]);
    await waitFor(() => expect(row(table, 'Järgmine käivitus')).toHaveTextContent('02.12.2026 07:15 (Tallinna aeg)'));
  });

  it('names the time field when the time is not HH:MM, and sends nothing until it is', async () => {
    const sent = serve(off);
    renderPage();
    await runsTable();
    await userEvent.click(screen.getByRole('radio', { name: 'Iga päev kell' }));
    const time = screen.getByRole('textbox', { name: 'Kellaaeg' });
    await userEvent.clear(time);
    await userEvent.type(time, '7:5');
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));

    await waitFor(() =>
      expect(time).toHaveAccessibleDescription(expect.stringContaining('Kellaaeg peab olema kujul HH:MM, nt 03:30')),
    );
    expect(time).toHaveFocus();
    expect(sent).toEqual([]);

    // Another frequency leaves the unfinished time behind: it does not block the save.
    await userEvent.click(screen.getByRole('radio', { name: 'Iga 15 minuti järel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ schedule: 'every-15-minutes', dailyAt: '03:30' });
  });

  it('keeps what was typed when the save is refused, with the server’s words on the field or above Salvesta', async () => {
    let answer: Response = HttpResponse.json(
      { message: 'Kontrolli välju', errors: { 'filters.custCat': 'Sellist kliendiklassi pole' } },
      { status: 400 },
    );
    serve(off, () => answer);
    renderPage();
    await runsTable();
    await userEvent.click(screen.getByRole('switch', { name: switchName }));
    await userEvent.click(screen.getByRole('radio', { name: 'Iga 15 minuti järel' }));
    await chooseCustomerClass('SUUR — Suurklient');
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));

    const customerClass = screen.getByRole('combobox', { name: 'Kliendiklass' });
    await waitFor(() => expect(customerClass).toHaveAccessibleDescription('Sellist kliendiklassi pole'));

    answer = HttpResponse.json(
      { message: 'Smaily liidestus pole aktiivne: aktiveeri see enne automaatse edastuse sisselülitamist.' },
      { status: 409 },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Salvesta' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Seadistust ei salvestatud');
    expect(alert).toHaveTextContent('Smaily liidestus pole aktiivne');
    expect(screen.getByRole('switch', { name: switchName })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Iga 15 minuti järel' })).toBeChecked();
    expect(customerClass).toHaveValue('SUUR — Suurklient');
  });

  it('shows the last run in words with a link to its job, and that the next run sends the whole selection', async () => {
    serve({ ...on, wholeSelectionDue: true });
    const { router } = renderPage();
    const table = await runsTable();
    expect(row(table, 'Järgmine käivitus')).toHaveTextContent('01.12.2026 16:00 (Tallinna aeg)');
    const last = row(table, 'Viimane käivitus');
    expect(last).toHaveTextContent('01.12.2026 15:00 (Tallinna aeg)');
    expect(last).toHaveTextContent('Töö nr 12 — lõpetatud: saadetud 3, vahele jäetud 1, ebaõnnestus 0, saatmata 0');
    expect(screen.getByText(/Järgmine käivitus edastab kogu valiku/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: switchName })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Iga tunni järel' })).toBeChecked();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Kliendiklass' })).toHaveValue('VKE — Väikeettevõte'),
    );

    await userEvent.click(within(last).getByRole('link', { name: 'Ava töö nr 12' }));
    expect(router.state.location).toMatchObject({ pathname: '/crm/smaily-push', search: '?job=12' });
  });

  it('says what a run without a job did', async () => {
    serve({
      ...on,
      lastRun: {
        at: on.nextRunAt ?? '',
        outcome: 'nothing-to-send',
        job: null,
        nothingSince: '2026-11-30T22:00:00.000Z',
      },
    });
    renderPage();
    expect(row(await runsTable(), 'Viimane käivitus')).toHaveTextContent(
      'Midagi polnud saata: ükski kontakt pole muutunud alates 01.12.2026 00:00 (Tallinna aeg).',
    );
  });

  it('Käivita kohe shows the run it started, or the server’s reason when it refuses', async () => {
    let answer: Response = HttpResponse.json(
      { message: 'Töö nr 11 on pooleli (alustas Mari Maasikas). Uue edastuse saab alustada, kui see on lõppenud.' },
      { status: 409 },
    );
    serve(off);
    mswServer.use(http.post('/api/automatic-sync/run', () => answer));
    renderPage();
    const table = await runsTable();
    await userEvent.click(screen.getByRole('button', { name: 'Käivita kohe' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Käivitust ei alustatud');
    expect(alert).toHaveTextContent('Töö nr 11 on pooleli (alustas Mari Maasikas).');

    const running = pushJob({ id: 12, startedBy: { id: null, name: null }, counts: { total: 4, pending: 4 } });
    answer = HttpResponse.json(
      { ...on, lastRun: { at: '2026-12-01T13:05:00.000Z', outcome: 'job', job: running, nothingSince: null } },
      { status: 202 },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Käivita kohe' }));
    await waitFor(() => expect(row(table, 'Viimane käivitus')).toHaveTextContent('Töö nr 12 — käib'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('while paused, says why and since when, and Jätka resumes it', async () => {
    const paused: AutomaticSyncStatus = {
      ...on,
      nextRunAt: null,
      paused: {
        reason: 'smaily-refused',
        since: '2026-12-01T13:00:00.000Z',
        detail: 'Vale kasutajatunnus või salasõna',
      },
    };
    serve(paused);
    let resumed = 0;
    mswServer.use(
      http.post('/api/automatic-sync/resume', () => {
        resumed += 1;
        return HttpResponse.json(on);
      }),
    );
    renderPage();
    const table = await runsTable();
    expect(row(table, 'Järgmine käivitus')).toHaveTextContent('Automaatne edastus on peatatud');
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Smaily automaatne edastus on peatatud');
    expect(notice).toHaveTextContent('Smaily keeldus päringust. Peatatud alates 01.12.2026 15:00 (Tallinna aeg).');
    expect(notice).toHaveTextContent('Vastus: Vale kasutajatunnus või salasõna');

    await userEvent.click(within(notice).getByRole('button', { name: 'Jätka' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(resumed).toBe(1);
    expect(row(table, 'Järgmine käivitus')).toHaveTextContent('01.12.2026 16:00 (Tallinna aeg)');
  });
});
