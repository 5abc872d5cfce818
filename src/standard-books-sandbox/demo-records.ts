import { type DemoContact, generateDemoContacts } from '../server/seed/demo-contacts';
import {
  demoClassifications,
  demoClassificationTypes,
  demoCustomerClasses,
  demoObjects,
  demoObjectTypes,
} from '../server/seed/demo-registers';
import { createRandom } from '../server/seed/random';

/**
 * The registers the sandbox serves, named as standard-books.md §1 has them. The classification-type register's
 * name is UNCONFIRMED (CClassTypeVc, by analogy with AccClassTypeVc), as are the code lists' field names other
 * than Code: Comment for the name as ObjVc has it, ClassType for a classification's type.
 */
export const SANDBOX_REGISTERS = {
  contacts: 'CUVc',
  customerClasses: 'CCatVc',
  classificationTypes: 'CClassTypeVc',
  classifications: 'CClassVc',
  objectTypes: 'OTVc',
  objects: 'ObjVc',
} as const;

export type DemoRecord = Record<string, string>;

const flag = (value: boolean) => (value ? '1' : '0');

/** A stable UUID per code, so the same demo always carries the same ones. */
function uuidOf(code: string): string {
  let hash = 2166136261;
  for (const char of code) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  const random = createRandom(hash);
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A demo contact as CUVc sends it: every value text, lists comma-separated, flags 0/1, dates YYYY-MM-DD. */
export function contactRecord(contact: DemoContact): DemoRecord {
  const date = contact.DateCreated.slice(0, 10);
  return {
    Code: contact.Code,
    Name: contact.Name,
    CustType: String(contact.CustType),
    CustCat: contact.CustCat,
    Classification: contact.Classification.join(','),
    eMail: contact.eMail,
    Phone: contact.Phone,
    Mobile: contact.Mobile,
    Person: contact.Person,
    CountryCode: contact.CountryCode,
    InvAddr0: contact.InvAddr0,
    InvAddr1: contact.InvAddr1,
    InvAddr2: contact.InvAddr2,
    InvAddr3: contact.InvAddr3,
    InvAddr4: contact.InvAddr4,
    Objects: contact.Objects.join(','),
    VATNr: contact.VATNr,
    RegNr1: contact.RegNr1,
    Comment: contact.Comment,
    NoMailPosting: flag(contact.NoMailPosting),
    blockedFlag: flag(contact.blockedFlag),
    DateCreated: date,
    DateChanged: date,
    UUID: uuidOf(contact.Code),
  };
}

/** Every register's demo records, code lists first, in the order their sequences are given. */
export function* demoRecords(contactCount: number): Generator<[register: string, record: DemoRecord]> {
  const r = SANDBOX_REGISTERS;
  for (const { code, name } of demoCustomerClasses) yield [r.customerClasses, { Code: code, Comment: name }];
  for (const { code, name } of demoClassificationTypes) yield [r.classificationTypes, { Code: code, Comment: name }];
  for (const { code, name, typeCode } of demoClassifications) {
    yield [r.classifications, { Code: code, Comment: name, ClassType: typeCode }];
  }
  for (const { code, name } of demoObjectTypes) yield [r.objectTypes, { Code: code, Comment: name }];
  for (const { code, name, typeCode } of demoObjects) {
    yield [r.objects, { Code: code, Comment: name, OTCode: typeCode, TerminateFlag: '0' }];
  }
  for (const contact of generateDemoContacts(contactCount)) yield [r.contacts, contactRecord(contact)];
}
