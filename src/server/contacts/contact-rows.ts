import type { Contact, ContactInput } from '../../shared/contacts';
import { emailKey } from '../../shared/email';
import { normaliseForSearch } from '../../shared/text';
import type { ContactRow, ContactsTable } from '../db/schema';

type ContactColumns = Omit<
  ContactsTable,
  | 'id'
  | 'date_created'
  | 'date_changed'
  | 'last_sent_at'
  | 'source'
  | 'sb_uuid'
  | 'sb_sequence'
  | 'sb_seen_at'
  | 'removed_from_sb_at'
  | 'no_mail_posting'
  | 'no_mail_posting_changed_at'
>;

/**
 * The columns a contact card's fields are stored in, with the derived search and duplicate keys; "Ära koosta
 * massmaile" is written with when it changed (mail-flag.ts).
 */
export function contactColumns(input: ContactInput): ContactColumns {
  return {
    code: input.Code,
    name: input.Name,
    cust_type: input.CustType,
    cust_cat: input.CustCat === '' ? null : input.CustCat,
    email: input.eMail,
    phone: input.Phone,
    mobile: input.Mobile,
    person: input.Person,
    country_code: input.CountryCode,
    inv_addr0: input.InvAddr0,
    inv_addr1: input.InvAddr1,
    inv_addr2: input.InvAddr2,
    inv_addr3: input.InvAddr3,
    inv_addr4: input.InvAddr4,
    vat_nr: input.VATNr,
    reg_nr1: input.RegNr1,
    comment: input.Comment,
    blocked: input.blockedFlag ? 1 : 0,
    search_text: normaliseForSearch([input.Code, input.Name, input.eMail].join(' ')),
    email_key: emailKey(input.eMail),
  };
}

export function toContact(row: ContactRow, classifications: string[], objects: string[]): Contact {
  return {
    Code: row.code,
    Name: row.name,
    CustType: row.cust_type === 1 ? 1 : 0,
    CustCat: row.cust_cat ?? '',
    Classification: classifications,
    eMail: row.email,
    Phone: row.phone,
    Mobile: row.mobile,
    Person: row.person,
    CountryCode: row.country_code,
    InvAddr0: row.inv_addr0,
    InvAddr1: row.inv_addr1,
    InvAddr2: row.inv_addr2,
    InvAddr3: row.inv_addr3,
    InvAddr4: row.inv_addr4,
    Objects: objects,
    VATNr: row.vat_nr,
    RegNr1: row.reg_nr1,
    Comment: row.comment,
    NoMailPosting: row.no_mail_posting === 1,
    blockedFlag: row.blocked === 1,
    DateCreated: row.date_created,
    DateChanged: row.date_changed,
  };
}
