import type { Language } from './messages';

/**
 * The fields of a contact card, named as in Standard Books' CUVc register. This list is the one place that
 * says which fields exist, how they are labelled and what kind they are: the card, the register, the CSV
 * import/export and the Smaily field mapping all read it.
 */
export type ContactFieldKind =
  | 'text' // free text
  | 'flag' // a checkbox, 0/1
  | 'choice' // one of a few fixed values
  | 'date' // read-only timestamp
  | 'link' // a code of one card in another register
  | 'links'; // an ordered list of codes of cards in another register

export type LinkedRegister = 'customerClass' | 'classification' | 'object';

export interface ContactFieldDefinition {
  name: ContactFieldName;
  kind: ContactFieldKind;
  label: Record<Language, string>;
  maxLength?: number;
  /** For link fields: which register the code points to (and whose description "Kirjeldus" sends). */
  register?: LinkedRegister;
}

export const contactFieldNames = [
  'Code',
  'Name',
  'CustType',
  'CustCat',
  'Classification',
  'eMail',
  'Phone',
  'Mobile',
  'Person',
  'CountryCode',
  'InvAddr0',
  'InvAddr1',
  'InvAddr2',
  'InvAddr3',
  'InvAddr4',
  'Objects',
  'VATNr',
  'RegNr1',
  'Comment',
  'NoMailPosting',
  'blockedFlag',
  'DateCreated',
  'DateChanged',
] as const;
export type ContactFieldName = (typeof contactFieldNames)[number];

const addressLine = (n: number): ContactFieldDefinition => ({
  name: `InvAddr${n}` as ContactFieldName,
  kind: 'text',
  maxLength: 60,
  label: { et: `Aadress ${n + 1}`, en: `Address line ${n + 1}` },
});

export const contactFields: readonly ContactFieldDefinition[] = [
  { name: 'Code', kind: 'text', maxLength: 20, label: { et: 'Kood', en: 'Code' } },
  { name: 'Name', kind: 'text', maxLength: 200, label: { et: 'Nimi', en: 'Name' } },
  { name: 'CustType', kind: 'choice', label: { et: 'Kontakti tüüp', en: 'Contact type' } },
  {
    name: 'CustCat',
    kind: 'link',
    register: 'customerClass',
    maxLength: 5,
    label: { et: 'Kliendiklass', en: 'Customer class' },
  },
  {
    name: 'Classification',
    kind: 'links',
    register: 'classification',
    maxLength: 200,
    label: { et: 'Klassifikaator', en: 'Classification' },
  },
  { name: 'eMail', kind: 'text', maxLength: 100, label: { et: 'E-post', en: 'E-mail' } },
  { name: 'Phone', kind: 'text', maxLength: 20, label: { et: 'Telefon', en: 'Phone' } },
  { name: 'Mobile', kind: 'text', maxLength: 20, label: { et: 'Mobiil', en: 'Mobile' } },
  { name: 'Person', kind: 'text', maxLength: 60, label: { et: 'Kontaktisik', en: 'Contact person' } },
  { name: 'CountryCode', kind: 'text', maxLength: 5, label: { et: 'Riik', en: 'Country' } },
  addressLine(0),
  addressLine(1),
  addressLine(2),
  addressLine(3),
  addressLine(4),
  { name: 'Objects', kind: 'links', register: 'object', maxLength: 60, label: { et: 'Objektid', en: 'Objects' } },
  { name: 'VATNr', kind: 'text', maxLength: 20, label: { et: 'KMKR nr', en: 'VAT reg. no.' } },
  { name: 'RegNr1', kind: 'text', maxLength: 20, label: { et: 'Registrikood', en: 'Registry code' } },
  { name: 'Comment', kind: 'text', maxLength: 60, label: { et: 'Kommentaar', en: 'Comment' } },
  { name: 'NoMailPosting', kind: 'flag', label: { et: 'Ära koosta massmaile', en: 'Exclude from mass e-mail' } },
  { name: 'blockedFlag', kind: 'flag', label: { et: 'Suletud', en: 'Closed' } },
  { name: 'DateCreated', kind: 'date', label: { et: 'Loodud', en: 'Created' } },
  { name: 'DateChanged', kind: 'date', label: { et: 'Muudetud', en: 'Changed' } },
];

export function getContactField(name: string): ContactFieldDefinition | undefined {
  return contactFields.find((field) => field.name === name);
}

export function contactFieldLabel(name: ContactFieldName, language: Language): string {
  return getContactField(name)?.label[language] ?? name;
}
