import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/auth';
import { defaultAutomaticSyncSettings, type AutomaticSyncStatus } from '../../../shared/automatic-sync';
import { mswServer } from '../../testing/msw-server';
import { renderScreen } from '../../testing/render';
import { AppLayout } from './AppLayout';

const mari: SessionUser = { id: 1, name: 'Mari Maasikas', email: 'mari@example.test', role: 'admin' };
const kati: SessionUser = { id: 3, name: 'Kati Kasutaja', email: 'kati@example.test', role: 'user' };

const paused: AutomaticSyncStatus = {
  settings: { ...defaultAutomaticSyncSettings, enabled: true },
  nextRunAt: null,
  lastRun: null,
  paused: { reason: 'consent-read-failed', since: '2026-12-01T13:00:00.000Z', detail: null },
  wholeSelectionDue: false,
};

/** The shell for `user` on Kontaktid; counts the requests for the automation's state. */
function serve(user: SessionUser, status: AutomaticSyncStatus) {
  let asked = 0;
  mswServer.use(
    http.get('/api/auth/me', () => HttpResponse.json(user)),
    http.get('/api/automatic-sync', () => {
      asked += 1;
      return HttpResponse.json(status);
    }),
  );
  const rendered = renderScreen(<AppLayout />, { path: '/contacts' });
  return { ...rendered, asked: () => asked };
}

describe('the automatic sync’s banner in the shell', () => {
  it('tells an administrator on every page why the automation is paused, and links to where it resumes', async () => {
    const { router } = serve(mari, paused);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Smaily automaatne edastus on peatatud');
    expect(banner).toHaveTextContent('Smailyst loobujate lugemine ebaõnnestus 3 korda järjest.');

    await userEvent.click(within(banner).getByRole('link', { name: 'Ava automaatse edastuse seadistus' }));
    expect(router.state.location.pathname).toBe('/crm/automatic-sync');
  });

  it('says nothing while the automation runs', async () => {
    const { asked } = serve(mari, { ...paused, paused: null });
    const menu = await screen.findByRole('navigation', { name: 'Põhimenüü' });
    expect(within(menu).getByRole('link', { name: 'Smaily automaatne edastus' })).toBeInTheDocument();
    await expect.poll(asked).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is never asked for by a kasutaja', async () => {
    const { asked, queryClient } = serve(kati, paused);
    const menu = await screen.findByRole('navigation', { name: 'Põhimenüü' });
    expect(within(menu).queryByRole('link', { name: 'Smaily automaatne edastus' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The shell that drew the menu would have asked in the same render: no query exists, none went out.
    expect(queryClient.getQueryCache().findAll({ queryKey: ['automatic-sync'] })).toEqual([]);
    expect(asked()).toBe(0);
  });
});
