import type { Contact, ContactInput } from './contacts';
import type { MappingRow } from './smaily-fields';
import type { Lookups } from './registers';
import { formatTallinnDateTime } from './tallinn-time';

/**
 * The mapping engine: what one contact looks like in Smaily under a grid of Smaily päringu väljad. Pure and
 * shared — the single push, the bulk push and the grid's preview all call buildSmailyPayload, so what the
 * preview shows is what is sent.
 *
 * Rules (product.md "Rules of a push"), by the kind of the contact-card field (src/shared/contact-fields.ts):
 * - text: as on the card (the e-mail too: as written; Smaily compares e-mails case-insensitively).
 * - link (Kliendiklass): Väärtus → the code; Kirjeldus → the linked card's name.
 * - links (Klassifikaator, Objektid): only those of the row's type when it names one; Väärtus → codes,
 *   Kirjeldus → names; several joined with ", " in the card's order.
 * - choice (Kontakti tüüp): its stored code as text, "0" (Ettevõte) or "1" (Eraisik). Kirjeldus is not offered
 *   for it: a label would depend on the user's language, while Smaily segments need one stable value.
 * - flag ("Ära koosta massmaile", "Suletud"): "1" when set, "0" when not, as Standard Books stores flags.
 * - date (Loodud, Muudetud): Smaily's own datetime form, `YYYY-MM-DD HH:MM:SS` in Europe/Tallinn time, so it
 *   reads and compares like Smaily's system dates; "" for a contact not yet saved.
 * - An empty value is sent as "" so that Smaily's copy follows the card; a code whose card is not known sends
 *   no name (the name is left out of the list, or "" when it was the only one).
 * - Consent: `is_unsubscribed: 1` for a contact with "Ära koosta massmaile" or a stored Smaily unsubscribe (the
 *   person opted out in Smaily: src/server/consent); otherwise the key is absent (never 0: that would
 *   re-subscribe someone who unsubscribed in Smaily). The engine alone decides this key.
 * Every mapped value is a string (Smaily stores custom fields as text); `is_unsubscribed` is the only number.
 * Keys come in the grid's order; rows are expected to be valid (src/shared/mapping.ts), a later duplicate wins.
 */
export type SmailyPayload = Record<string, string | number>;

/**
 * A contact as the card holds it: saved (with its dates) or not, and whether Smaily's unsubscribe is stored for its
 * e-mail (a push reads it with the contact; the card's preview does not know it).
 */
export type MappableContact = ContactInput &
  Partial<Pick<Contact, 'DateCreated' | 'DateChanged'>> & { smailyUnsubscribed?: boolean };

export interface LinkedCard {
  name: string;
  typeCode: string;
}

/** Names (and types) of the cards a contact links to, by code. Build it once per push with mappingLookupsFrom. */
export interface MappingLookups {
  customerClasses: ReadonlyMap<string, string>;
  classifications: ReadonlyMap<string, LinkedCard>;
  objects: ReadonlyMap<string, LinkedCard>;
}

export function mappingLookupsFrom(
  lookups: Pick<Lookups, 'customerClasses' | 'classifications' | 'objects'>,
): MappingLookups {
  const cards = (items: readonly (LinkedCard & { code: string })[]) =>
    new Map(items.map((item) => [item.code, { name: item.name, typeCode: item.typeCode }]));
  return {
    customerClasses: new Map(lookups.customerClasses.map((item) => [item.code, item.name])),
    classifications: cards(lookups.classifications),
    objects: cards(lookups.objects),
  };
}

const consentField = 'is_unsubscribed';

export function buildSmailyPayload(
  contact: MappableContact,
  rows: readonly MappingRow[],
  lookups: MappingLookups,
): SmailyPayload {
  const payload: SmailyPayload = {};
  for (const row of rows) {
    // Validation refuses this name; skipping it here too keeps the consent rule true whatever the rows say.
    if (row.smailyField === consentField) continue;
    payload[row.smailyField] = fieldValue(contact, row, lookups);
  }
  if (contact.NoMailPosting || contact.smailyUnsubscribed === true) payload[consentField] = 1;
  return payload;
}

function fieldValue(contact: MappableContact, row: MappingRow, lookups: MappingLookups): string {
  const field = row.contactField;
  const describe = row.valueKind === 'description';
  switch (field) {
    case 'CustCat':
      return describe ? (lookups.customerClasses.get(contact.CustCat) ?? '') : contact.CustCat;
    case 'Classification':
      return linkedValues(contact.Classification, lookups.classifications, row);
    case 'Objects':
      return linkedValues(contact.Objects, lookups.objects, row);
    case 'CustType':
      return String(contact.CustType);
    case 'NoMailPosting':
    case 'blockedFlag':
      return contact[field] ? '1' : '0';
    case 'DateCreated':
    case 'DateChanged':
      // An unsaved contact has no dates yet: "".
      return formatTallinnDateTime(contact[field] ?? '');
    default:
      return contact[field];
  }
}

function linkedValues(codes: readonly string[], cards: ReadonlyMap<string, LinkedCard>, row: MappingRow): string {
  const kept = row.typeCode ? codes.filter((code) => cards.get(code)?.typeCode === row.typeCode) : codes;
  const values = row.valueKind === 'description' ? kept.flatMap((code) => cards.get(code)?.name ?? []) : kept;
  return values.join(', ');
}
