import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '../../../../shared/contacts';
import type { SbClash, SbClashList, SbWriteBackStatus } from '../../../../shared/standard-books-master';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { ClashesSection } from './ClashesSection';
import { WriteBackSection } from './WriteBackSection';

const at = '2026-11-28T13:40:00.000Z';
const clash: SbClash = {
  code: '100002',
  local: { ...emptyContactInput, Code: '100002', Name: 'Kohalik OÜ', eMail: 'kohalik@firma.test' },
  standardBooks: {
    ...emptyContactInput,
    Code: '100002',
    Name: 'Standard Booksi AS',
    eMail: 'kohalik@firma.test',
    Phone: '+372 5555',
  },
  foundAt: at,
  seenAt: at,
  choice: null,
  chosenAt: null,
  chosenBy: null,
};

describe('code clashes on Standard Books ühendus', () => {
  it('shows both versions side by side, and sends the choice', async () => {
    const sent: unknown[] = [];
    mswServer.use(
      http.get('/api/standard-books/clashes', () => HttpResponse.json<SbClashList>({ items: [clash], total: 1 })),
      http.put('/api/standard-books/clashes/100002', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json<SbClashList>({
          items: [{ ...clash, choice: 'keep-local', chosenAt: at, chosenBy: 'Mari Administraator' }],
          total: 1,
        });
      }),
    );
    renderScreen(<ClashesSection />);
    const region = await screen.findByRole('region', { name: 'Kood 100002' });
    const rows = within(region)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.slice(1)).toEqual([
      ['Nimi', 'Kohalik OÜ', 'Standard Booksi AS'],
      ['E-post', 'kohalik@firma.test', 'kohalik@firma.test'],
      ['Telefon', '', '+372 5555'],
    ]);
    expect(within(region).getByText('Otsustamata: kirjet ei rakendata')).toBeInTheDocument();

    await userEvent.click(within(region).getByRole('button', { name: 'Jäta kohalik' }));
    await waitFor(() =>
      expect(within(region).getByRole('button', { name: 'Jäta kohalik' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(within(region).getByRole('button', { name: 'Standard Books asendab' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(region).getByText(/^Valis Mari Administraator/)).toBeInTheDocument();
    expect(sent).toEqual([{ choice: 'keep-local' }]);
  });

  it('says when there are none', async () => {
    mswServer.use(http.get('/api/standard-books/clashes', () => HttpResponse.json({ items: [], total: 0 })));
    renderScreen(<ClashesSection />);
    expect(await screen.findByText(/^Koodikonflikte pole/)).toBeInTheDocument();
  });
});

describe('Kirjuta Smaily loobumised Standard Booksi', () => {
  it('turns the setting on and lists failed writes with the reason', async () => {
    const sent: unknown[] = [];
    let status: SbWriteBackStatus = { enabled: false, pending: 0, failures: [] };
    mswServer.use(
      http.get('/api/standard-books/write-back', () => HttpResponse.json(status)),
      http.put('/api/standard-books/write-back', async ({ request }) => {
        sent.push(await request.json());
        status = {
          enabled: true,
          pending: 2,
          failures: [
            { code: '100003', attempts: 1, lastAttemptAt: at, failure: 'unexpected-answer', apiCode: '20060' },
            { code: '100004', attempts: 2, lastAttemptAt: at, failure: 'not-written', apiCode: null },
          ],
        };
        return HttpResponse.json(status);
      }),
    );
    renderScreen(<WriteBackSection connected />);
    const toggle = await screen.findByRole('checkbox', { name: 'Kirjuta Smaily loobumised Standard Booksi' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(sent).toEqual([{ enabled: true }]);
    expect(screen.getByText('Ootel 2 loobumist')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kirjuta nüüd' })).toBeEnabled();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows[0]?.[0]).toBe('100003');
    expect(rows[0]?.[3]).toMatch(/\(20060\)$/);
    expect(rows[1]?.[3]).toBe(
      'Standard Books vastas veata, kuid kirje tagasi lugedes on „Ära koosta massmaile“ endiselt maha võetud.',
    );
  });
});
