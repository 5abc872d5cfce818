import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startPushJobSchema, type PushJob } from '../../../../shared/push-jobs';
import type { SmailyStatus } from '../../../../shared/smaily-account';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { inactiveSmaily, pushJob, serveBasics, stoppedJob } from '../../../testing/push-jobs-data';
import { PushJobsPage } from './PushJobsPage';

const dialogName = 'Kontaktide andmed Smaily keskkonda';
const renderPage = (path = '/crm/smaily-push') => renderScreen(<PushJobsPage />, { path, route: '/crm/smaily-push' });
const findDialog = () => screen.findByRole('dialog', { name: dialogName });

async function choose(dialog: HTMLElement, label: string, option: string) {
  await userEvent.click(await within(dialog).findByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Serves a job's states one per request, repeating the last: what polling sees while the job runs. */
function serveJobStates(states: PushJob[]) {
  let next = 0;
  mswServer.use(
    http.get(`/api/push-jobs/${states[0]?.id}`, () => {
      const state = states[Math.min(next, states.length - 1)];
      next += 1;
      return HttpResponse.json(state);
    }),
  );
}

/** The dialog opened on an ended job by its address (?job=ID), as a reload or the job list's link opens it. */
async function openEndedJob(job: PushJob, smaily?: SmailyStatus) {
  serveBasics(smaily && { smaily });
  serveJobStates([job]);
  renderPage(`/crm/smaily-push?job=${job.id}`);
  return findDialog();
}

const countsOf = (dialog: HTMLElement) => within(dialog).getByRole('status', { name: 'Edastatavad kontaktid' });
/** The dry run's labelled numbers, one per line. */
const countLines = (dialog: HTMLElement) =>
  within(countsOf(dialog))
    .queryAllByRole('listitem')
    .map((line) => line.textContent);

describe('Kontaktide andmed Smaily keskkonda', () => {
  it('opens the dialog at once, and its counts follow the filters as they change', async () => {
    const dryRunBodies = serveBasics();
    renderPage();
    const dialog = await findDialog();

    await waitFor(() =>
      expect(countLines(dialog)).toEqual([
        'Valitud kontakte: 300',
        'Edastatakse: 280',
        'Jäetakse vahele: 20 (suletud 4, e-postita 8, vigase e-postiga 3, korduva e-postiga 5)',
      ]),
    );
    await choose(dialog, 'Kliendiklass', 'VKE — Väikeettevõte');
    await waitFor(() =>
      expect(countLines(dialog)).toEqual([
        'Valitud kontakte: 120',
        'Edastatakse: 104',
        'Jäetakse vahele: 16 (suletud 3, e-postita 5, vigase e-postiga 2, korduva e-postiga 6)',
      ]),
    );
    await choose(dialog, 'Kliendi klassifikaator', 'HARJU — Harjumaa');
    await waitFor(() =>
      expect(countLines(dialog)).toEqual(['Valitud kontakte: 40', 'Edastatakse: 40', 'Jäetakse vahele: 0']),
    );

    // Clearing Kliendiklass leaves the classification alone.
    await userEvent.clear(within(dialog).getByRole('combobox', { name: 'Kliendiklass' }));
    await waitFor(() =>
      expect(countLines(dialog)).toEqual([
        'Valitud kontakte: 90',
        'Edastatakse: 85',
        'Jäetakse vahele: 5 (e-postita 5)',
      ]),
    );
    expect(dryRunBodies).toEqual([
      {},
      { custCat: 'VKE' },
      { custCat: 'VKE', classification: 'HARJU' },
      { classification: 'HARJU' },
    ]);
  });

  it('with no filter, runs only after the user confirms that all contacts will be sent', async () => {
    serveBasics();
    const started: unknown[] = [];
    mswServer.use(
      http.post('/api/push-jobs', async ({ request }) => {
        started.push(startPushJobSchema.parse(await request.json()));
        return HttpResponse.json(pushJob({ id: 8, filters: {} }), { status: 201 });
      }),
      http.get('/api/push-jobs/8', () => HttpResponse.json(pushJob({ id: 8, filters: {} }))),
    );
    renderPage();
    const dialog = await findDialog();
    await waitFor(() => expect(countLines(dialog)[0]).toBe('Valitud kontakte: 300'));
    const run = within(dialog).getByRole('button', { name: 'Käivita' });
    const confirmAll = within(dialog).getByRole('checkbox', {
      name: 'Kinnitan, et Smaily keskkonda edastatakse kõik kontaktid',
    });
    expect(run).toHaveAttribute('aria-disabled', 'true');
    // Pressed before the confirmation, it says why and where, and starts nothing.
    await userEvent.click(run);
    expect(
      await within(dialog).findByText(
        'Kinnita enne käivitamist, et edastatakse kõik kontaktid, või vali kliendiklass või klassifikaator.',
      ),
    ).toBeInTheDocument();
    expect(confirmAll).toHaveFocus();
    expect(started).toEqual([]);

    await choose(dialog, 'Kliendiklass', 'VKE — Väikeettevõte');
    await waitFor(() => expect(run).toHaveAttribute('aria-disabled', 'false'));
    expect(within(dialog).queryByRole('checkbox', { name: /kõik kontaktid/ })).not.toBeInTheDocument();

    await userEvent.clear(within(dialog).getByRole('combobox', { name: 'Kliendiklass' }));
    await waitFor(() => expect(run).toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /kõik kontaktid/ }));
    expect(confirmAll).not.toBeInTheDocument(); // a new checkbox: the confirmation belongs to "all contacts"
    await waitFor(() => expect(run).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(run);

    expect(await within(dialog).findByRole('heading', { name: 'Töö nr 8 · Käib' })).toBeInTheDocument();
    expect(started).toEqual([{ confirmAll: true }]);
  });

  it('runs on Enter and shows the progress from the stream of job states until the summary and its report', async () => {
    serveBasics();
    mswServer.use(http.post('/api/push-jobs', () => HttpResponse.json(pushJob(), { status: 201 })));
    serveJobStates([
      pushJob({ counts: { sent: 25, pending: 79 }, batches: { total: 5, acknowledged: 1 } }),
      pushJob({ counts: { sent: 75, failed: 2, pending: 27 }, batches: { total: 5, acknowledged: 3 } }),
      pushJob({
        status: 'completed',
        finishedAt: '2026-11-28T13:42:05.000Z',
        counts: { sent: 102, failed: 2, pending: 0 },
        batches: { total: 5, acknowledged: 5 },
      }),
    ]);
    const { router } = renderPage();
    const dialog = await findDialog();
    await choose(dialog, 'Kliendiklass', 'VKE — Väikeettevõte');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Käivita' })).toHaveAttribute('aria-disabled', 'false'),
    );
    await userEvent.keyboard('{Enter}');

    const progress = await within(dialog).findByRole('progressbar', { name: 'Edastuse edenemine' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuetext', 'Töödeldud 41 / 120 (34 %)'));
    expect(dialog).toHaveTextContent('Saadetud 25');
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuetext', 'Töödeldud 93 / 120 (77 %)'), {
      timeout: 3000,
    });
    expect(dialog).toHaveTextContent('Ebaõnnestus 2');
    expect(router.state.location.search).toBe('?job=7');

    expect(
      await within(dialog).findByText('Edastus on lõppenud, kuid osa kontakte ebaõnnestus', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Saadetud 102');
    expect(dialog).toHaveTextContent(
      'Vahele jäetud16 (suletud 3, e-postita 5, vigase e-postiga 2, korduva e-postiga 6)',
    );
    expect(dialog).toHaveTextContent('Kestus2 min 5 s');
    expect(within(dialog).getByRole('link', { name: 'Laadi alla aruanne (CSV)' })).toHaveAttribute(
      'href',
      '/api/push-jobs/7/report.csv?lang=et',
    );
    expect(within(dialog).getByRole('button', { name: 'Saada uuesti ebaõnnestunud (2)' })).toBeInTheDocument();
  });

  it('closed and reopened, the dialog shows the running job again; Katkesta asks first', async () => {
    const running = pushJob({ counts: { sent: 50, pending: 54 } });
    serveBasics({ latest: running, jobs: [running] });
    let cancelled = 0;
    mswServer.use(
      http.post('/api/push-jobs/7/cancel', () => {
        cancelled += 1;
        return HttpResponse.json({ ...running, status: 'cancelling' });
      }),
    );
    serveJobStates([running]);
    const { router } = renderPage();
    let dialog = await findDialog();
    expect(await within(dialog).findByRole('heading', { name: 'Töö nr 7 · Käib' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?job=7'));

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: dialogName })).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Ava määramisaken' }));
    dialog = await findDialog();
    expect(await within(dialog).findByRole('heading', { name: 'Töö nr 7 · Käib' })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Katkesta' }));
    const confirm = await screen.findByRole('dialog', { name: 'Katkestada edastus?' });
    expect(confirm).toHaveTextContent('ülejäänud 54 kontakti märgitakse saatmata');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ära katkesta' }));
    expect(cancelled).toBe(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Katkesta' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Katkestada edastus?' })).getByRole('button', {
        name: 'Katkesta edastus',
      }),
    );
    expect(await within(dialog).findByText(/Katkestan: pooleliolev partii saadetakse lõpuni/)).toBeInTheDocument();
    expect(cancelled).toBe(1);
  });

  it('a job stopped by wrong credentials says so, and Jätka waits until Smaily is active', async () => {
    const dialog = await openEndedJob(stoppedJob('2026-11-28T13:41:00.000Z'), inactiveSmaily);
    expect(await within(dialog).findByText('Smaily peatas edastuse')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'Smaily ei tunnistanud kasutajatunnust ja salasõna, seega jäi 54 kontakti saatmata.',
    );
    expect(await within(dialog).findByRole('link', { name: 'E-teenuste seadistused' })).toHaveAttribute(
      'href',
      '/settings/e-services',
    );
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Jätka' })).toBeDisabled());
    expect(dialog).toHaveTextContent('Jätkata saab, kui Smaily liidestus on aktiivne.');
  });

  it('resumes a stopped job once Smaily has been activated again', async () => {
    const stopped = stoppedJob('2026-11-01T09:00:00.000Z');
    mswServer.use(
      http.post('/api/push-jobs/9/resume', () =>
        HttpResponse.json({
          ...stopped,
          status: 'running',
          stopReason: null,
          finishedAt: null,
          counts: { ...stopped.counts, notSent: 0, pending: 54 },
        }),
      ),
    );
    const dialog = await openEndedJob(stopped);
    expect(await within(dialog).findByText(/Smaily liidestus aktiveeriti uuesti 01\.11\.2026/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Jätka' }));
    expect(await within(dialog).findByRole('heading', { name: 'Töö nr 9 · Käib' })).toBeInTheDocument();
  });

  it('a job whose outcomes retention deleted keeps its summary and offers nothing that needs them', async () => {
    const dialog = await openEndedJob({
      ...stoppedJob('2026-11-01T09:00:00.000Z'),
      detailsDeletedAt: '2027-11-02T03:00:00.000Z',
    });
    expect(await within(dialog).findByText('Smaily peatas edastuse')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'Kontaktide kaupa tulemused kustutati 02.11.2027 säilitusaja möödudes: kokkuvõte on alles, kuid tööd ei saa enam jätkata ega uuesti saata.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Jätka' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Saada uuesti ebaõnnestunud/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: 'Laadi alla aruanne (CSV)' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Uus edastus' })).toBeInTheDocument();
  });

  it('lists earlier jobs with their reports, and says which reports retention deleted', async () => {
    const whole = pushJob({ status: 'completed', finishedAt: '2026-11-28T13:42:05.000Z' });
    const old = { ...pushJob({ id: 3, status: 'completed' }), detailsDeletedAt: '2027-11-02T03:00:00.000Z' };
    serveBasics({ jobs: [whole, old] });
    renderPage();
    await findDialog();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: dialogName })).not.toBeInTheDocument());

    expect(await screen.findByRole('link', { name: 'Laadi alla töö nr 7 aruanne' })).toHaveAttribute(
      'href',
      '/api/push-jobs/7/report.csv?lang=et',
    );
    expect(screen.queryByRole('link', { name: 'Laadi alla töö nr 3 aruanne' })).not.toBeInTheDocument();
    expect(screen.getByText('kustutatud')).toHaveAttribute(
      'title',
      'Kontaktide kaupa tulemused kustutati 02.11.2027 säilitusaja möödudes',
    );
  });

  it('without an active Smaily the dialog says so and cannot run', async () => {
    serveBasics({ smaily: inactiveSmaily });
    renderPage();
    const dialog = await findDialog();
    expect(
      await within(dialog).findByText('Smaily liidestus pole aktiveeritud, seega kontakte edastada ei saa.'),
    ).toBeInTheDocument();
    await choose(dialog, 'Kliendiklass', 'VKE — Väikeettevõte');
    await waitFor(() => expect(countLines(dialog)[0]).toBe('Valitud kontakte: 120'));
    const run = within(dialog).getByRole('button', { name: 'Käivita' });
    expect(run).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(run);
    expect(await within(dialog).findByText('Käivitada ei saa: Smaily liidestus pole aktiivne.')).toHaveAttribute(
      'role',
      'alert',
    );
  });

  it('a refused start is told in the server’s words, and the job that runs can be opened', async () => {
    const elsewhere = pushJob({ id: 3, startedBy: { id: 2, name: 'Jaan Tamm' } });
    const latest: { job: PushJob | null } = { job: null };
    serveBasics();
    mswServer.use(
      http.get('/api/push-jobs/latest', () => HttpResponse.json(latest)),
      http.post('/api/push-jobs', () => {
        latest.job = elsewhere;
        return HttpResponse.json(
          { message: 'Töö #3 on pooleli. Oota, kuni see lõpeb, või katkesta see.' },
          { status: 409 },
        );
      }),
    );
    serveJobStates([elsewhere]);
    renderPage();
    const dialog = await findDialog();
    await choose(dialog, 'Kliendiklass', 'VKE — Väikeettevõte');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Käivita' })).toHaveAttribute('aria-disabled', 'false'),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Käivita' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Töö #3 on pooleli. Oota, kuni see lõpeb, või katkesta see.',
    );
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Näita tööd nr 3' }));
    expect(await within(dialog).findByRole('heading', { name: 'Töö nr 3 · Käib' })).toBeInTheDocument();
  });
});
