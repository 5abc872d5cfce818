import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { activationFailureTexts, activationInputSchema, type SmailyStatus } from '../../../../shared/smaily-account';
import { formatDateTime } from '../../../lib/format';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { EServicesPage } from './EServicesPage';

const inactive: SmailyStatus = {
  state: 'inactive',
  address: null,
  username: null,
  activatedAt: null,
  activatedBy: null,
  result: null,
  failure: null,
};
const activatedAt = '2026-11-28T13:40:00.000Z';
const active: SmailyStatus = {
  state: 'active',
  address: 'firma.sendsmaily.net',
  username: 'api-kasutaja',
  activatedAt,
  activatedBy: 'Mari Administraator',
  result: { code: 'activated', at: activatedAt },
  failure: null,
};

/** Serves the status, and answers activations with `answer` (the body is checked with the shared schema). */
function serve(initial: SmailyStatus, answer: (body: unknown) => Response = () => HttpResponse.json(active)) {
  let status = initial;
  const sent: unknown[] = [];
  mswServer.use(
    http.get('/api/smaily/status', () => HttpResponse.json(status)),
    http.post('/api/smaily/activation', async ({ request }) => {
      const body: unknown = await request.json();
      activationInputSchema.parse(body);
      sent.push(body);
      const response = answer(body);
      if (response.ok) status = active;
      return response;
    }),
    http.delete('/api/smaily/activation', () => {
      status = { ...inactive, result: { code: 'deactivated', at: '2026-11-29T08:00:00.000Z' } };
      return HttpResponse.json(status);
    }),
  );
  return sent;
}

const systemMessage = () => screen.getByLabelText('Süsteemi teade');

async function openDialog() {
  renderScreen(<EServicesPage />);
  await userEvent.click(await screen.findByRole('button', { name: 'Aktiveeri' }));
  return screen.findByRole('dialog', { name: 'Smaily liidestuse aktiveerimine' });
}

async function fill(dialog: HTMLElement, values: { address: string; username: string; password: string }) {
  const user = userEvent.setup();
  await user.type(within(dialog).getByLabelText(/Aadress \(Host\)/), values.address);
  await user.type(within(dialog).getByLabelText(/Kasutajatunnus/), values.username);
  await user.type(within(dialog).getByLabelText(/Salasõna/), values.password);
}

const credentials = { address: 'firma.sendsmaily.net', username: 'api-kasutaja', password: 'Salajane-1' };

describe('E-teenuste seadistused', () => {
  it('shows the Smaily row with its state, address, and the last result in Süsteemi teade', async () => {
    serve(active);
    renderScreen(<EServicesPage />);
    const row = (await screen.findByText('firma.sendsmaily.net')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Aktiivne')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Deaktiveeri' })).toBeInTheDocument();
    expect(systemMessage()).toHaveValue(`Registreerimine õnnestus ${formatDateTime(activatedAt, 'et')}`);
  });

  it('activates: the dialog closes and Süsteemi teade says so', async () => {
    const sent = serve(inactive);
    const dialog = await openDialog();
    expect(screen.getByRole('row', { name: /Smaily Pole aktiveeritud/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Creating API user/ })).toHaveAttribute(
      'href',
      'https://smaily.com/help/api/general/create-api-user/',
    );
    await fill(dialog, credentials);
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ address: 'firma', username: 'api-kasutaja', password: 'Salajane-1' }]);
    await waitFor(() =>
      expect(systemMessage()).toHaveValue(`Registreerimine õnnestus ${formatDateTime(activatedAt, 'et')}`),
    );
  });

  it.each([
    ['firma.example.com', 'See pole Smaily aadress: see peab lõppema .sendsmaily.net'],
    ['firma.sendsmaily.net:8443', 'Aadressis ei tohi olla pordinumbrit'],
    ['http://firma.sendsmaily.net', 'Aadress peab algama https:// või olema ilma selleta, nt ettevote.sendsmaily.net'],
    ['10.0.0.1', 'IP-aadress ei sobi: sisesta Smaily aadress, nt ettevote.sendsmaily.net'],
  ])('names what is wrong with %j as it is typed, and sends nothing', async (address, message) => {
    const sent = serve(inactive);
    const dialog = await openDialog();
    const input = within(dialog).getByLabelText(/Aadress \(Host\)/);
    await userEvent.type(input, address);
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(message)));
    await userEvent.type(within(dialog).getByLabelText(/Kasutajatunnus/), 'u');
    await userEvent.type(within(dialog).getByLabelText(/Salasõna/), 'p{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it.each([
    [422, activationFailureTexts['wrong-credentials'].et],
    [422, activationFailureTexts['unknown-account'].et],
    [502, activationFailureTexts.unreachable.et],
    [504, activationFailureTexts.unreachable.et],
  ])('keeps the dialog open with the answer %i: %s', async (status, message) => {
    serve(inactive, () => HttpResponse.json({ message }, { status }));
    const dialog = await openDialog();
    await fill(dialog, credentials);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Aktiveeri' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByLabelText(/Salasõna/)).toHaveValue('Salajane-1');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('puts an address refusal from the server on the address field', async () => {
    serve(inactive, () =>
      HttpResponse.json(
        { message: 'Kontrolli välju', errors: { address: 'Aadressis ei tohi olla pordinumbrit' } },
        { status: 400 },
      ),
    );
    const dialog = await openDialog();
    await fill(dialog, credentials);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/Aadress \(Host\)/)).toHaveAccessibleDescription(
        expect.stringContaining('Aadressis ei tohi olla pordinumbrit'),
      ),
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('Escape closes the dialog without sending', async () => {
    const sent = serve(inactive);
    await openDialog();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([]);
  });

  it('deactivates after a confirmation', async () => {
    serve(active);
    renderScreen(<EServicesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Deaktiveeri' }));
    const confirm = await screen.findByRole('dialog', { name: 'Deaktiveeri Smaily' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Deaktiveeri' }));
    await waitFor(() =>
      expect(systemMessage()).toHaveValue(
        `Liidestus deaktiveeriti ${formatDateTime('2026-11-29T08:00:00.000Z', 'et')}`,
      ),
    );
    expect(screen.getByText('Pole aktiveeritud')).toBeInTheDocument();
  });
});
