import { describe, expect, it } from 'vitest';
import type { Contact } from './contacts';
import type { MappingRow } from './smaily-fields';
import { buildSmailyPayload, mappingLookupsFrom, type MappableContact, type SmailyPayload } from './mapping-engine';
import type { Lookups } from './registers';

const lookups = mappingLookupsFrom({
  customerClasses: [
    { code: 'VKE', name: 'Väikeettevõte' },
    { code: 'ERA', name: 'Eraklient' },
  ],
  classifications: [
    { code: 'HARJU', name: 'Harjumaa', typeCode: 'PIIRK' },
    { code: 'TARTU', name: 'Tartumaa', typeCode: 'PIIRK' },
    { code: 'EM4941', name: 'Maanteekaubavedu', typeCode: 'EMTAK' },
    { code: 'UUDIS', name: 'Uudiskiri', typeCode: 'HUVI' },
  ],
  objects: [
    { code: 'MYYK', name: 'Müügiosakond', typeCode: 'OSAK' },
    { code: 'TALV25', name: 'Talvekampaania 2025', typeCode: 'PROJ' },
  ],
} satisfies Pick<Lookups, 'customerClasses' | 'classifications' | 'objects'>);

const contact: Contact = {
  Code: '100001',
  Name: 'Ärma OÜ',
  CustType: 0,
  CustCat: 'VKE',
  Classification: ['TARTU', 'EM4941', 'HARJU'],
  eMail: 'Info@Arma.test',
  Phone: '6123456',
  Mobile: '',
  Person: 'Mari Tamm',
  CountryCode: 'EE',
  InvAddr0: 'Tartu mnt 1',
  InvAddr1: '10115 Tallinn',
  InvAddr2: 'Harju maakond',
  InvAddr3: '',
  InvAddr4: '',
  Objects: ['TALV25', 'MYYK'],
  VATNr: 'EE101234567',
  RegNr1: '12345678',
  Comment: '',
  NoMailPosting: false,
  blockedFlag: false,
  DateCreated: '2026-01-05T10:00:00.000Z',
  DateChanged: '2026-07-01T21:30:05.000Z',
};

const row = (
  smailyField: string,
  contactField: MappingRow['contactField'],
  valueKind: MappingRow['valueKind'] = 'value',
  typeCode: string | null = null,
): MappingRow => ({
  smailyField,
  contactField,
  valueKind,
  typeCode,
});
const standard = [row('email', 'eMail'), row('name', 'Name')];

interface Case {
  rule: string;
  contact?: Partial<MappableContact>;
  rows: MappingRow[];
  expected: SmailyPayload;
}

const cases: Case[] = [
  {
    rule: 'the standard rows send the e-mail as written on the card and the name as is',
    rows: standard,
    expected: { email: 'Info@Arma.test', name: 'Ärma OÜ' },
  },
  {
    rule: 'text fields go as is, keys in the order of the grid',
    rows: [
      ...standard,
      row('telefon', 'Phone'),
      row('kontaktisik', 'Person'),
      row('aadress', 'InvAddr0'),
      row('kmkr', 'VATNr'),
    ],
    expected: {
      email: 'Info@Arma.test',
      name: 'Ärma OÜ',
      telefon: '6123456',
      kontaktisik: 'Mari Tamm',
      aadress: 'Tartu mnt 1',
      kmkr: 'EE101234567',
    },
  },
  {
    rule: 'an empty value is sent as an empty string',
    contact: { Mobile: '', CustCat: '', Classification: [], Objects: [] },
    rows: [
      row('email', 'eMail'),
      row('mobiil', 'Mobile'),
      row('klass', 'CustCat'),
      row('klass_nimi', 'CustCat', 'description'),
      row('piirkond', 'Classification', 'description', 'PIIRK'),
      row('objektid', 'Objects'),
    ],
    expected: { email: 'Info@Arma.test', mobiil: '', klass: '', klass_nimi: '', piirkond: '', objektid: '' },
  },
  {
    rule: 'Kliendiklass: Väärtus sends the code, Kirjeldus the customer class name',
    rows: [row('email', 'eMail'), row('kliendiklass', 'CustCat'), row('kliendiklassi_nimi', 'CustCat', 'description')],
    expected: { email: 'Info@Arma.test', kliendiklass: 'VKE', kliendiklassi_nimi: 'Väikeettevõte' },
  },
  {
    rule: 'Klassifikaator: all codes, or all names, joined with ", " in the card order',
    rows: [
      row('email', 'eMail'),
      row('klassifikaatorid', 'Classification'),
      row('klassifikaatorite_nimed', 'Classification', 'description'),
    ],
    expected: {
      email: 'Info@Arma.test',
      klassifikaatorid: 'TARTU, EM4941, HARJU',
      klassifikaatorite_nimed: 'Tartumaa, Maanteekaubavedu, Harjumaa',
    },
  },
  {
    rule: 'Klassifikaator with a type keeps only classifications of that type',
    rows: [
      row('email', 'eMail'),
      row('piirkond', 'Classification', 'description', 'PIIRK'),
      row('piirkonna_kood', 'Classification', 'value', 'PIIRK'),
      row('emtak', 'Classification', 'value', 'EMTAK'),
      row('huvi', 'Classification', 'description', 'HUVI'),
    ],
    expected: {
      email: 'Info@Arma.test',
      piirkond: 'Tartumaa, Harjumaa',
      piirkonna_kood: 'TARTU, HARJU',
      emtak: 'EM4941',
      huvi: '',
    },
  },
  {
    rule: 'Objektid: codes or names in the card order, filtered by the object type',
    rows: [
      row('email', 'eMail'),
      row('objektid', 'Objects'),
      row('osakond', 'Objects', 'description', 'OSAK'),
      row('projekt', 'Objects', 'value', 'PROJ'),
    ],
    expected: { email: 'Info@Arma.test', objektid: 'TALV25, MYYK', osakond: 'Müügiosakond', projekt: 'TALV25' },
  },
  {
    rule: 'Objektid without a type: every name, in the card order',
    rows: [row('email', 'eMail'), row('objektide_nimed', 'Objects', 'description')],
    expected: { email: 'Info@Arma.test', objektide_nimed: 'Talvekampaania 2025, Müügiosakond' },
  },
  {
    rule: 'text goes exactly as on the card: spaces and punctuation kept',
    contact: { Comment: '  Eelistab e-kirju, mitte kõnesid ', Name: 'OÜ "Ärma" & Pojad' },
    rows: [row('email', 'eMail'), row('name', 'Name'), row('kommentaar', 'Comment')],
    expected: { email: 'Info@Arma.test', name: 'OÜ "Ärma" & Pojad', kommentaar: '  Eelistab e-kirju, mitte kõnesid ' },
  },
  {
    rule: 'a code whose card is not known sends no name (and only its code as Väärtus)',
    contact: { CustCat: 'KADUNUD', Classification: ['HARJU', 'KADUNUD'] },
    rows: [
      row('email', 'eMail'),
      row('klass', 'CustCat', 'description'),
      row('nimed', 'Classification', 'description'),
      row('koodid', 'Classification'),
      row('piirkond', 'Classification', 'value', 'PIIRK'),
    ],
    expected: { email: 'Info@Arma.test', klass: '', nimed: 'Harjumaa', koodid: 'HARJU, KADUNUD', piirkond: 'HARJU' },
  },
  {
    rule: 'Kontakti tüüp sends its stored code as text: 0 Ettevõte, 1 Eraisik',
    contact: { CustType: 1 },
    rows: [row('email', 'eMail'), row('kontakti_tyyp', 'CustType')],
    expected: { email: 'Info@Arma.test', kontakti_tyyp: '1' },
  },
  {
    rule: 'Kontakti tüüp Ettevõte is "0"',
    contact: { CustType: 0 },
    rows: [row('email', 'eMail'), row('kontakti_tyyp', 'CustType')],
    expected: { email: 'Info@Arma.test', kontakti_tyyp: '0' },
  },
  {
    rule: 'flags send "1" when set and "0" when not',
    contact: { blockedFlag: true },
    rows: [row('email', 'eMail'), row('suletud', 'blockedFlag'), row('massmail_keelatud', 'NoMailPosting')],
    expected: { email: 'Info@Arma.test', suletud: '1', massmail_keelatud: '0' },
  },
  {
    rule: 'dates go in Smaily form, in Tallinn time (winter +2, summer +3)',
    rows: [row('email', 'eMail'), row('loodud', 'DateCreated'), row('muudetud', 'DateChanged')],
    expected: { email: 'Info@Arma.test', loodud: '2026-01-05 12:00:00', muudetud: '2026-07-02 00:30:05' },
  },
  {
    rule: 'a contact not yet saved has no dates: they are sent empty',
    contact: { DateCreated: undefined, DateChanged: undefined },
    rows: [row('email', 'eMail'), row('loodud', 'DateCreated')],
    expected: { email: 'Info@Arma.test', loodud: '' },
  },
  {
    rule: '"Ära koosta massmaile" adds is_unsubscribed: 1 after the mapped fields',
    contact: { NoMailPosting: true },
    rows: standard,
    expected: { email: 'Info@Arma.test', name: 'Ärma OÜ', is_unsubscribed: 1 },
  },
  {
    rule: 'without "Ära koosta massmaile" is_unsubscribed is absent, never 0 — whatever the rows say',
    contact: { NoMailPosting: false },
    rows: [...standard, row('is_unsubscribed', 'NoMailPosting')],
    expected: { email: 'Info@Arma.test', name: 'Ärma OÜ' },
  },
  {
    rule: 'with "Ära koosta massmaile", is_unsubscribed is the number 1 even where a row names it; the flag itself maps to "1"',
    contact: { NoMailPosting: true },
    rows: [row('email', 'eMail'), row('is_unsubscribed', 'Name'), row('massmail_keelatud', 'NoMailPosting')],
    expected: { email: 'Info@Arma.test', massmail_keelatud: '1', is_unsubscribed: 1 },
  },
  {
    rule: 'a stored Smaily unsubscribe adds is_unsubscribed: 1 without "Ära koosta massmaile"; the flag still maps to "0"',
    contact: { NoMailPosting: false, smailyUnsubscribed: true },
    rows: [...standard, row('massmail_keelatud', 'NoMailPosting')],
    expected: { email: 'Info@Arma.test', name: 'Ärma OÜ', massmail_keelatud: '0', is_unsubscribed: 1 },
  },
  {
    rule: 'without either, is_unsubscribed stays absent also when the Smaily unsubscribe is known to be absent',
    contact: { NoMailPosting: false, smailyUnsubscribed: false },
    rows: standard,
    expected: { email: 'Info@Arma.test', name: 'Ärma OÜ' },
  },
  {
    rule: 'one contact field may feed several Smaily fields',
    rows: [row('email', 'eMail'), row('nimi', 'Name'), row('firma', 'Name')],
    expected: { email: 'Info@Arma.test', nimi: 'Ärma OÜ', firma: 'Ärma OÜ' },
  },
];

describe('buildSmailyPayload', () => {
  it.each(cases)('$rule', ({ contact: changes, rows, expected }) => {
    const payload = buildSmailyPayload({ ...contact, ...changes }, rows, lookups);
    expect(payload).toStrictEqual(expected);
    expect(Object.keys(payload)).toEqual(Object.keys(expected));
  });

  it('works on a card not yet saved (ContactInput without dates)', () => {
    const { DateCreated: _created, DateChanged: _changed, ...input } = contact;
    expect(buildSmailyPayload(input, [...standard, row('loodud', 'DateCreated')], lookups)).toStrictEqual({
      email: 'Info@Arma.test',
      name: 'Ärma OÜ',
      loodud: '',
    });
  });
});
