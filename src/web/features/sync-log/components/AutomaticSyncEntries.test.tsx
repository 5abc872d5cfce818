import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../../../shared/sync-log';
import { formatDateTime } from '../../../lib/format';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { SyncLogPage } from './SyncLogPage';

const base = { smailyCode: null, smailyMessage: null, kind: 'automatic-sync', subject: null } as const;
const since = '2026-12-01T08:00:00.000Z';
const lastAt = '2026-12-01T13:00:00.000Z';
const entries: SyncLogEntry[] = [
  {
    ...base,
    id: 3,
    at: lastAt,
    userName: null,
    outcome: 'skipped',
    details: { action: 'nothing-to-send', since, lastAt, runs: 6 },
  },
  {
    ...base,
    id: 2,
    at: '2026-12-01T07:00:00.000Z',
    userName: null,
    outcome: 'failed',
    details: { action: 'paused', reason: 'smaily-refused', detail: 'HTTP 401' },
  },
  {
    ...base,
    id: 1,
    at: '2026-12-01T06:00:00.000Z',
    userName: 'Mari Maasikas',
    outcome: 'ok',
    details: { action: 'settings', enabled: true, schedule: 'hourly', dailyAt: '03:30', filters: { custCat: 'VKE' } },
  },
];

describe('Sünkroniseerimise logi: the automatic sync’s own entries', () => {
  it('name the automation and say in words what it did, with its moments in the user’s time', async () => {
    mswServer.use(
      http.get('/api/sync-log', () => HttpResponse.json({ items: entries, total: 3, page: 1, pageSize: 50 })),
    );
    renderScreen(<SyncLogPage />, { path: '/crm/sync-log' });
    const table = await screen.findByRole('table', { name: 'Sünkroniseerimise logi' });
    const [nothing, paused, settings] = within(table).getAllByRole('row').slice(1);

    expect(nothing).toHaveTextContent('Smaily automaatne edastus');
    // The details are labelled lines, one per value.
    const expectLines = (row: HTMLElement | undefined, lines: string[]) => {
      for (const line of lines) expect(row).toHaveTextContent(line);
    };
    expectLines(nothing, [
      'Tegevus: midagi polnud saata',
      `Alates: ${formatDateTime(since, 'et')}`,
      `Viimati: ${formatDateTime(lastAt, 'et')}`,
      'Käivitusi: 6',
    ]);
    expectLines(paused, ['Tegevus: peatatud', 'Põhjus: Smaily keeldus päringust', 'Vastus: HTTP 401']);
    expectLines(settings, [
      'Tegevus: seadistuse muutmine',
      'Sees: Jah',
      'Sagedus: iga tunni järel',
      'Kellaaeg: 03:30',
      'Valik: Kliendiklass: VKE',
    ]);
  });
});
