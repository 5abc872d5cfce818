import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/auth';
import { mswServer } from '../../testing/msw-server';
import { renderScreen } from '../../testing/render';
import { UserMenu } from './UserMenu';

const kati: SessionUser = { id: 3, name: 'Kati Kasutaja', email: 'kati@example.test', role: 'user' };

/** Answers like the server: the current password is "vana-salasõna-1"; records what was sent. */
function serve() {
  const sent: unknown[] = [];
  mswServer.use(
    http.post('/api/auth/password', async ({ request }) => {
      const body = (await request.json()) as { currentPassword: string };
      sent.push(body);
      if (body.currentPassword !== 'vana-salasõna-1')
        return HttpResponse.json(
          { message: 'Kontrolli välju', errors: { currentPassword: 'Praegune salasõna on vale' } },
          { status: 400 },
        );
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return sent;
}

async function openDialog() {
  renderScreen(<UserMenu user={kati} />);
  await userEvent.click(screen.getByRole('button', { name: 'Kasutaja menüü' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: 'Muuda salasõna' }));
  return screen.findByRole('dialog', { name: 'Muuda oma salasõna' });
}

async function fill(current: string, password: string, repeat = password) {
  const currentInput = screen.getByLabelText('Praegune salasõna');
  await userEvent.clear(currentInput);
  await userEvent.type(currentInput, current);
  await userEvent.clear(screen.getByLabelText('Uus salasõna'));
  await userEvent.type(screen.getByLabelText('Uus salasõna'), password);
  await userEvent.clear(screen.getByLabelText('Uus salasõna uuesti'));
  await userEvent.type(screen.getByLabelText('Uus salasõna uuesti'), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Muuda salasõna' }));
}

describe('Muuda salasõna in the user menu', () => {
  it('checks the form before sending, shows a wrong current password on its field, and closes once changed', async () => {
    const sent = serve();
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('Sinu teised avatud seansid');

    await fill('vana-salasõna-1', 'uus-salasõna-2', 'muu-salasõna-3');
    expect(await screen.findByText('Salasõnad ei ühti')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await fill('vale-salasõna', 'uus-salasõna-2');
    expect(await screen.findByText('Praegune salasõna on vale')).toBeInTheDocument();
    expect(screen.getByLabelText('Praegune salasõna')).toHaveAccessibleDescription('Praegune salasõna on vale');

    await fill('vana-salasõna-1', 'uus-salasõna-2');
    expect(await screen.findByText('Salasõna on muudetud')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Muuda oma salasõna' })).not.toBeInTheDocument());
    expect(sent.at(-1)).toEqual({
      currentPassword: 'vana-salasõna-1',
      password: 'uus-salasõna-2',
      passwordRepeat: 'uus-salasõna-2',
    });
  });

  it('opens empty again after it was cancelled', async () => {
    serve();
    await openDialog();
    await userEvent.type(screen.getByLabelText('Praegune salasõna'), 'midagi');
    await userEvent.click(screen.getByRole('button', { name: 'Loobu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Kasutaja menüü' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Muuda salasõna' }));
    expect(await screen.findByLabelText('Praegune salasõna')).toHaveValue('');
  });
});
