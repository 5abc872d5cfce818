import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ConsentReadSummary } from '../../../../shared/consent';
import { startPushJobSchema, type DryRun } from '../../../../shared/push-jobs';
import { mswServer } from '../../../testing/msw-server';
import { dryRuns, pushJob, serveBasics } from '../../../testing/push-jobs-data';
import { renderScreen } from '../../../testing/render';
import { PushJobsPage } from './PushJobsPage';

const moment = /\d\d\.\d\d\.\d{4} \d\d:\d\d/.source;
const vke = dryRuns['VKE|'] as DryRun;

/** The dry run of VKE as the server answers it: before and after Smaily's unsubscribers were read. */
function serveConsent(role: 'admin' | 'user') {
  const dryRunBodies = serveBasics();
  let read = false;
  const reads: unknown[] = [];
  mswServer.use(
    http.get('/api/auth/me', () => HttpResponse.json({ id: 1, name: 'Kati', email: 'kati@example.test', role })),
    http.post('/api/push-jobs/dry-run', () =>
      HttpResponse.json({
        ...vke,
        unsubscribed: read ? 7 : 5,
        closedToForget: 3,
        consentReadAt: read ? '2026-11-28T13:40:00.000Z' : null,
      } satisfies DryRun),
    ),
    http.post('/api/consent/read', () => {
      read = true;
      reads.push(true);
      return HttpResponse.json({
        at: '2026-11-28T13:40:00.000Z',
        read: 12,
        new: 2,
        known: 10,
        resubscribed: 1,
        conflicts: 0,
        notHeld: 4,
      } satisfies ConsentReadSummary);
    }),
  );
  return { dryRunBodies, reads };
}

async function openWithVke() {
  renderScreen(<PushJobsPage />, { path: '/crm/smaily-push', route: '/crm/smaily-push' });
  const dialog = await screen.findByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
  await userEvent.click(await within(dialog).findByRole('combobox', { name: 'Kliendiklass' }));
  await userEvent.click(await screen.findByRole('option', { name: 'VKE — Väikeettevõte' }));
  return dialog;
}

describe('consent in the bulk push', () => {
  it('counts who goes as unsubscribed, says when Smaily was read, and an administrator reads it now', async () => {
    const { reads } = serveConsent('admin');
    const dialog = await openWithVke();
    const counts = within(dialog).getByRole('status', { name: 'Edastatavad kontaktid' });
    await waitFor(() =>
      expect(
        within(counts)
          .getAllByRole('listitem')
          .map((line) => line.textContent),
      ).toEqual([
        'Valitud kontakte: 120',
        'Edastatakse: 104 (neist loobununa 5)',
        'Jäetakse vahele: 16 (suletud 3, e-postita 5, vigase e-postiga 2, korduva e-postiga 6)',
      ]),
    );
    expect(dialog).toHaveTextContent('Smaily loobujaid pole veel loetud: need loetakse edastuse alguses.');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Too Smailyst loobujad' }));
    expect(
      await within(dialog).findByText(
        'Smailyst loeti 12 loobujat: uusi 2, uuesti liitunuid 1, vastuolus kontakte 0, registris puuduvaid aadresse 4.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(counts).toHaveTextContent('Edastatakse: 104 (neist loobununa 7)'));
    expect(dialog).toHaveTextContent(new RegExp(`Smaily loobujad loeti viimati ${moment}\\.`));
    expect(reads).toHaveLength(1);
  });

  it('forgets the closed contacts only when an administrator ticks it and confirms the count', async () => {
    serveConsent('admin');
    const started: unknown[] = [];
    mswServer.use(
      http.post('/api/push-jobs', async ({ request }) => {
        started.push(startPushJobSchema.parse(await request.json()));
        return HttpResponse.json(pushJob({ id: 8 }), { status: 201 });
      }),
      http.get('/api/push-jobs/8', () => HttpResponse.json(pushJob({ id: 8 }))),
    );
    const dialog = await openWithVke();
    const option = await within(dialog).findByRole('checkbox', { name: 'Unusta suletud kontaktid Smailys (3)' });
    expect(option).not.toBeChecked();
    await userEvent.click(option);
    const run = within(dialog).getByRole('button', { name: 'Käivita' });
    await waitFor(() => expect(run).toBeEnabled());
    await userEvent.click(run);

    const confirm = await screen.findByRole('dialog', { name: 'Unustada Smailys 3 suletud kontakti aadressi?' });
    expect(confirm).toHaveTextContent('Seda ei saa tagasi võtta.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Loobu' }));
    expect(started).toEqual([]);

    await userEvent.click(run);
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: /Unustada Smailys 3/ })).getByRole('button', {
        name: 'Unusta ja käivita',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Töö nr 8 · Käib' })).toBeInTheDocument();
    expect(started).toEqual([{ custCat: 'VKE', forgetClosed: { count: 3 } }]);
  });

  it('a kasutaja sees the counts but neither reads Smaily on demand nor forgets', async () => {
    serveConsent('user');
    const dialog = await openWithVke();
    await waitFor(() => expect(dialog).toHaveTextContent('(neist loobununa 5)'));
    expect(within(dialog).queryByRole('button', { name: 'Too Smailyst loobujad' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: /Unusta suletud kontaktid/ })).not.toBeInTheDocument();
  });
});
