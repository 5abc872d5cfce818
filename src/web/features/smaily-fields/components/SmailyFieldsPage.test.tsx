import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact, type ContactList } from '../../../../shared/contacts';
import { mappingSchema, type Mapping } from '../../../../shared/smaily-fields';
import type { Lookups } from '../../../../shared/registers';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { SmailyFieldsPage } from './SmailyFieldsPage';

const lookups: Lookups = {
  customerClasses: [{ code: 'VKE', name: 'Väikeettevõte' }],
  classificationTypes: [
    { code: 'PIIRK', name: 'Piirkond' },
    { code: 'EMTAK', name: 'Tegevusala (EMTAK)' },
  ],
  classifications: [
    { code: 'TARTU', name: 'Tartumaa', typeCode: 'PIIRK' },
    { code: 'EM4941', name: 'Maanteekaubavedu', typeCode: 'EMTAK' },
  ],
  objectTypes: [{ code: 'OSAK', name: 'Osakond' }],
  objects: [],
};

const saved: Mapping = {
  rows: [
    { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
    { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
  ],
};

const arma: Contact = {
  ...emptyContactInput,
  Code: '100001',
  Name: 'Ärma OÜ',
  CustCat: 'VKE',
  Classification: ['EM4941', 'TARTU'],
  eMail: 'info@arma.test',
  DateCreated: '2026-01-05T10:00:00.000Z',
  DateChanged: '2026-01-05T10:00:00.000Z',
};

const register: ContactList = {
  items: [
    {
      Code: arma.Code,
      Name: arma.Name,
      eMail: arma.eMail,
      CustCat: 'VKE',
      CustCatName: 'Väikeettevõte',
      Classification: arma.Classification,
      NoMailPosting: false,
      blockedFlag: false,
      removedFromStandardBooks: false,
      fromStandardBooks: false,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
};

function serve(onPut: (body: Mapping) => Response = (body) => HttpResponse.json(body), grid: Mapping = saved) {
  const sent: Mapping[] = [];
  mswServer.use(
    http.get('/api/smaily-fields', () => HttpResponse.json(grid)),
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/contacts', () => HttpResponse.json(register)),
    http.get('/api/contacts/100001', () => HttpResponse.json(arma)),
    http.put('/api/smaily-fields', async ({ request }) => {
      const body = mappingSchema.parse(await request.json());
      sent.push(body);
      return onPut(body);
    }),
  );
  return sent;
}

// No pause between keystrokes and no computed-style walk per click: jsdom is slow at both, and these tests type a lot.
const fastUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
let user = fastUser();
const renderPage = () => {
  user = fastUser();
  return renderScreen(<SmailyFieldsPage />, { path: '/crm/smaily-fields' });
};
const smailyField = (row: number) => screen.getByRole('textbox', { name: `Smaily väli, rida ${row}` });
const contactField = (row: number) => screen.getByRole('combobox', { name: `Kontakti väli, rida ${row}` });
const valueKind = (row: number) => screen.getByRole('combobox', { name: `Tüüp, rida ${row}` });
const typeCode = (row: number) => screen.getByRole('combobox', { name: `Objekti/Klassifikaatori tüüp, rida ${row}` });

async function addRow() {
  await user.click(await screen.findByRole('button', { name: 'Lisa rida' }));
}

async function pickContactField(row: number, typed: string) {
  await user.type(contactField(row), typed);
  await user.click(await screen.findByRole('option', { name: new RegExp(typed) }));
}

async function pickPreviewContact() {
  await user.type(screen.getByRole('combobox', { name: 'Vali kontakt' }), 'ärma');
  await user.click(await screen.findByRole('option', { name: '100001 Ärma OÜ' }));
}

const previewJson = async () =>
  JSON.parse((await screen.findByRole('region', { name: "Smaily'sse saadetav JSON" })).textContent ?? '') as unknown;

describe('Smaily päringu väljad', () => {
  it('shows the saved grid with the e-mail row locked', async () => {
    serve();
    renderPage();
    expect(await screen.findByDisplayValue('name')).toBeInTheDocument();
    expect(smailyField(1)).toHaveValue('email');
    expect(smailyField(1)).toHaveAttribute('readonly');
    expect(contactField(1)).toHaveValue('E-post (eMail)');
    expect(contactField(1)).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Kustuta rida 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Kustuta rida 2' })).toBeEnabled();
    expect(valueKind(2)).toBeDisabled();
    expect(typeCode(2)).toBeDisabled();
  });

  it('Kontakti väli: Ctrl+Enter opens the suggestions, arrows + Enter pick one, Escape closes', async () => {
    serve();
    renderPage();
    await addRow();
    const field = contactField(3);
    field.focus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.keyboard('{Control>}{Enter}{/Control}');
    const list = await screen.findByRole('listbox');
    expect(within(list).getByRole('option', { name: 'E-post (eMail)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());

    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('listbox');
    // Kood, Nimi, Kontakti tüüp, Kliendiklass: the fourth in the card's order.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(field).toHaveValue('Kliendiklass (CustCat)'));
    expect(valueKind(3)).toBeEnabled();
    expect(typeCode(3)).toBeDisabled();
  });

  it('offers the normalised Smaily field name for "Äriala nimi"; Enter takes it', async () => {
    serve();
    renderPage();
    await addRow();
    await user.type(smailyField(3), 'Äriala nimi');
    expect(screen.getByRole('button', { name: 'Kasuta: ariala_nimi' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(smailyField(3)).toHaveValue('ariala_nimi');
    expect(screen.queryByRole('button', { name: /Kasuta:/ })).not.toBeInTheDocument();
  });

  it('refuses a name that starts with a digit, on its cell, and sends nothing', async () => {
    const sent = serve();
    renderPage();
    await addRow();
    await user.type(smailyField(3), '1klass');
    await pickContactField(3, 'Kliendiklass');
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));

    await waitFor(() => expect(smailyField(3)).toHaveAttribute('aria-invalid', 'true'));
    expect(smailyField(3)).toHaveAccessibleDescription(
      'Nimi ei tohi alata numbriga: Smaily jätaks sellise välja vaikselt ära. Sobib nt „_1klass”',
    );
    expect(sent).toEqual([]);
  });

  it('offers _3_klass for "3 klass"', async () => {
    serve();
    renderPage();
    await addRow();
    await user.type(smailyField(3), '3 klass');
    await user.click(screen.getByRole('button', { name: 'Kasuta: _3_klass' }));
    expect(smailyField(3)).toHaveValue('_3_klass');
  });

  it('flags a row saved under the old rule as the grid opens; the suggestion clears it and the grid saves', async () => {
    const old: Mapping = {
      rows: [...saved.rows, { smailyField: '3_klass', contactField: 'CustCat', valueKind: 'value', typeCode: null }],
    };
    const sent = serve(undefined, old);
    renderPage();

    await waitFor(() => expect(smailyField(3)).toHaveAttribute('aria-invalid', 'true'));
    expect(smailyField(3)).toHaveValue('3_klass');
    expect(smailyField(3)).toHaveAccessibleDescription(
      'Nimi ei tohi alata numbriga: Smaily jätaks sellise välja vaikselt ära. Sobib nt „_3_klass”',
    );
    expect(smailyField(2)).not.toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Kasuta: _3_klass' }));
    await waitFor(() => expect(smailyField(3)).not.toHaveAttribute('aria-invalid', 'true'));
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.rows[2]).toEqual({
      smailyField: '_3_klass',
      contactField: 'CustCat',
      valueKind: 'value',
      typeCode: null,
    });
  });

  it('re-checks a cell loaded broken as the user types the fix', async () => {
    serve(undefined, {
      rows: [...saved.rows, { smailyField: '3_klass', contactField: 'CustCat', valueKind: 'value', typeCode: null }],
    });
    renderPage();
    await waitFor(() => expect(smailyField(3)).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(smailyField(3));
    await user.type(smailyField(3), 'klass');
    await waitFor(() => expect(smailyField(3)).not.toHaveAttribute('aria-invalid', 'true'));
  });

  it('shows a duplicate Smaily field name on the later row and sends nothing', async () => {
    const sent = serve();
    renderPage();
    await addRow();
    await user.type(smailyField(3), 'name');
    await pickContactField(3, 'Mobiil');
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));

    await waitFor(() => expect(smailyField(3)).toHaveAccessibleDescription('Smaily väli „name” on juba real 2'));
    expect(smailyField(3)).toHaveAttribute('aria-invalid', 'true');
    expect(smailyField(2)).not.toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('puts a refusal of the server on the cell it names', async () => {
    serve(() =>
      HttpResponse.json(
        { message: 'Kontrolli välju', errors: { 'rows.2.typeCode': 'Klassifikaatori tüüpi PIIRK pole' } },
        { status: 400 },
      ),
    );
    renderPage();
    await addRow();
    await user.type(smailyField(3), 'piirkond');
    await pickContactField(3, 'Klassifikaator');
    await user.click(typeCode(3));
    await user.click(await screen.findByRole('option', { name: 'PIIRK — Piirkond' }));
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));

    await waitFor(() => expect(typeCode(3)).toHaveAccessibleDescription('Klassifikaatori tüüpi PIIRK pole'));
    expect(smailyField(3)).toHaveValue('piirkond');
  });

  it('the preview follows the grid on screen before it is saved', async () => {
    const sent = serve();
    renderPage();
    await screen.findByDisplayValue('name');
    await pickPreviewContact();
    expect(await previewJson()).toEqual({ email: 'info@arma.test', name: 'Ärma OÜ' });

    await user.clear(smailyField(2));
    await user.type(smailyField(2), 'nimi');
    await waitFor(async () => expect(await previewJson()).toEqual({ email: 'info@arma.test', nimi: 'Ärma OÜ' }));

    await addRow();
    await user.type(smailyField(3), 'piirkond');
    await pickContactField(3, 'Klassifikaator');
    await waitFor(async () =>
      expect(await previewJson()).toEqual({ email: 'info@arma.test', nimi: 'Ärma OÜ', piirkond: 'EM4941, TARTU' }),
    );
    await user.selectOptions(valueKind(3), 'Kirjeldus');
    await user.click(typeCode(3));
    await user.click(await screen.findByRole('option', { name: 'PIIRK — Piirkond' }));
    await waitFor(async () =>
      expect(await previewJson()).toEqual({ email: 'info@arma.test', nimi: 'Ärma OÜ', piirkond: 'Tartumaa' }),
    );
    expect(
      screen.getByText('Eelvaade näitab ekraanil olevat seadistust koos salvestamata muudatustega.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('saves the whole grid as one unit', async () => {
    const sent = serve();
    renderPage();
    await addRow();
    await user.type(smailyField(3), 'kliendiklass');
    await pickContactField(3, 'Kliendiklass');
    await user.selectOptions(valueKind(3), 'Kirjeldus');
    await user.click(screen.getByRole('button', { name: 'Kustuta rida 2' }));
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));

    expect(await screen.findByText('Smaily päringu väljad on salvestatud')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        rows: [
          { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
          { smailyField: 'kliendiklass', contactField: 'CustCat', valueKind: 'description', typeCode: null },
        ],
      },
    ]);
  });

  it('says so when the save makes the automatic sync send its whole selection next', async () => {
    serve((body) => HttpResponse.json({ ...body, automaticSyncWholeSelectionDue: true }));
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Kustuta rida 2' }));
    await user.click(screen.getByRole('button', { name: 'Salvesta' }));

    expect(
      await screen.findByText(
        'Smaily päringu väljad on salvestatud. Automaatse edastuse järgmine käivitus saadab Smailysse kogu valiku.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Smaily väli, rida 2' })).not.toBeInTheDocument();
  });
});
