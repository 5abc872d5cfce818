import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { serveBasics, stoppedJob } from '../../../testing/push-jobs-data';
import { PushJobsPage } from './PushJobsPage';

describe('a job Smaily stopped with code 202', () => {
  it('says the API user has no API access, and how many contacts were not sent', async () => {
    const stopped = { ...stoppedJob('2026-11-28T13:41:00.000Z'), stopReason: 'no-api-access' as const };
    serveBasics();
    mswServer.use(http.get('/api/push-jobs/9', () => HttpResponse.json(stopped)));
    renderScreen(<PushJobsPage />, { path: '/crm/smaily-push?job=9', route: '/crm/smaily-push' });
    const dialog = await screen.findByRole('dialog', { name: 'Kontaktide andmed Smaily keskkonda' });
    expect(await within(dialog).findByText('Smaily peatas edastuse')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Smaily API kasutajal pole API ligipääsu, seega jäi 54 kontakti saatmata.');
  });
});
