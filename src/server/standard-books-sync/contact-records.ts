import { contactFieldNames } from '../../shared/contact-fields';
import { contactInputSchema, type ContactInput } from '../../shared/contacts';
import type { SbRejectionReason } from '../../shared/standard-books-sync';
import { checkReferences, type ReferenceCodes } from '../contacts/contact-references';
import type { SbRecord } from '../standard-books/types';
import {
  cleanText,
  codeList,
  codeText,
  displayCode,
  flagValue,
  rejectionOfIssue,
  sbRecordSchema,
  type RecordRejection,
  type RecordVerdict,
} from './record-text';

/** The CUVc fields a read asks for (`fields=`): the card's fields, named as the app already names them, and UUID. */
export const contactFieldsRead = [...contactFieldNames.filter((name) => name !== 'DateChanged'), 'UUID'] as const;

const contactRecordSchema = sbRecordSchema(contactFieldsRead);

/** A contact as a read writes it: the card's fields, and what Standard Books says about the record. */
export interface SbContact {
  input: ContactInput;
  uuid: string | null;
  sequence: string | null;
  /** DateCreated as `YYYY-MM-DDT00:00:00.000Z` when Standard Books gave a date; the creation of the card then. */
  createdAt: string | null;
}

const referenceReasons: Record<string, SbRejectionReason> = {
  CustCat: 'unknown-customer-class',
  Classification: 'unknown-classification',
};

function referenceRejection(input: ContactInput, codes: ReferenceCodes): RecordRejection | null {
  const problems = checkReferences(input, codes);
  const [field, problem] = Object.entries(problems)[0] ?? [];
  if (!field || !problem) return null;
  const listed = problem.params?.codes ?? problem.params?.types;
  if (field === 'Objects') {
    const reason = problem.text === 'oneObjectPerType' ? 'one-object-per-type' : 'unknown-object';
    return { code: input.Code, reason, codes: String(listed ?? '') };
  }
  return {
    code: input.Code,
    reason: referenceReasons[field] ?? 'invalid-value',
    codes: String(listed ?? input.CustCat),
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One CUVc record → the contact the app keeps, or why not: the record's fields are validated with zod (each one
 * text), mapped onto the card's fields (lists split on commas, 0/1 flags), checked with the card's own schema and
 * against the code lists already read (links by code).
 */
export function readContactRecord(record: SbRecord, codes: ReferenceCodes): RecordVerdict<SbContact> {
  const shown = displayCode(record.Code);
  const reject = (rejection: RecordRejection): RecordVerdict<SbContact> => ({
    ok: false,
    rejection: { ...rejection, code: shown },
  });
  const parsed = contactRecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject({ code: '', reason: 'invalid-value', field: String(issue?.path[0] ?? '') });
  }
  const fields = parsed.data;
  const code = codeText(fields.Code);
  if (code === null) return reject({ code: '', reason: 'invalid-code' });
  const custType = fields.CustType.trim();
  if (!['', '0', '1'].includes(custType)) return reject({ code: '', reason: 'invalid-value', field: 'CustType' });
  const noMailPosting = flagValue(fields.NoMailPosting);
  if (noMailPosting === null) return reject({ code: '', reason: 'invalid-value', field: 'NoMailPosting' });
  const blocked = flagValue(fields.blockedFlag);
  if (blocked === null) return reject({ code: '', reason: 'invalid-value', field: 'blockedFlag' });

  const candidate = {
    Code: code,
    Name: cleanText(fields.Name),
    CustType: custType === '1' ? 1 : 0,
    CustCat: cleanText(fields.CustCat),
    Classification: codeList(cleanText(fields.Classification)),
    eMail: cleanText(fields.eMail),
    Phone: cleanText(fields.Phone),
    Mobile: cleanText(fields.Mobile),
    Person: cleanText(fields.Person),
    CountryCode: cleanText(fields.CountryCode),
    InvAddr0: cleanText(fields.InvAddr0),
    InvAddr1: cleanText(fields.InvAddr1),
    InvAddr2: cleanText(fields.InvAddr2),
    InvAddr3: cleanText(fields.InvAddr3),
    InvAddr4: cleanText(fields.InvAddr4),
    Objects: codeList(cleanText(fields.Objects)),
    VATNr: cleanText(fields.VATNr),
    RegNr1: cleanText(fields.RegNr1),
    Comment: cleanText(fields.Comment),
    NoMailPosting: noMailPosting,
    blockedFlag: blocked,
  };
  const checked = contactInputSchema.safeParse(candidate);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    return reject(
      issue ? rejectionOfIssue(issue, (path) => String(path[0] ?? '')) : { code: '', reason: 'invalid-value' },
    );
  }
  const input = checked.data;
  const unknown = referenceRejection(input, codes);
  if (unknown) return reject(unknown);
  const created = fields.DateCreated.trim();
  return {
    ok: true,
    value: {
      input,
      uuid: cleanText(fields.UUID) || null,
      sequence: typeof record['@sequence'] === 'string' ? record['@sequence'] : null,
      createdAt: isoDate.test(created) && !Number.isNaN(Date.parse(created)) ? `${created}T00:00:00.000Z` : null,
    },
  };
}
