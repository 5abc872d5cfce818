import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ContactList, ContactListItem } from '../../../../shared/contacts';
import { emptyLookups } from '../../../testing/lookups';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { ContactsPage } from './ContactsPage';

const item = (Code: string, Name: string, marks: Partial<ContactListItem> = {}): ContactListItem => ({
  Code,
  Name,
  eMail: '',
  CustCat: '',
  CustCatName: null,
  Classification: [],
  NoMailPosting: false,
  blockedFlag: false,
  removedFromStandardBooks: false,
  fromStandardBooks: false,
  ...marks,
});

const list: ContactList = {
  items: [
    item('100001', 'Ärma OÜ', { fromStandardBooks: true }),
    item('100002', 'Kadunud AS', { fromStandardBooks: true, removedFromStandardBooks: true }),
    item('K-1', 'Kohalik OÜ'),
  ],
  total: 3,
  page: 1,
  pageSize: 50,
};

function renderRegister() {
  mswServer.use(
    http.get('/api/contacts', () => HttpResponse.json(list)),
    http.get('/api/lookups', () => HttpResponse.json(emptyLookups)),
  );
  return renderScreen(<ContactsPage />, { path: '/contacts' });
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('Kontaktid', () => {
  it('marks the contacts read from Standard Books, and the one removed from it, but not one made here', async () => {
    renderRegister();
    await screen.findByText('Ärma OÜ');

    const fromStandardBooks = within(row('Ärma OÜ')).getByText('Standard Books');
    expect(within(row('Kadunud AS')).getByText('eemaldatud Standard Booksist')).toBeInTheDocument();
    expect(within(row('Kadunud AS')).queryByText('Standard Books')).not.toBeInTheDocument();
    expect(within(row('Kohalik OÜ')).queryByText(/Standard Books/)).not.toBeInTheDocument();

    await userEvent.hover(fromStandardBooks);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Loetud Standard Booksist — muuda seal');
  });
});
