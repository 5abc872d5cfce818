import { standardMappingRows, type MappingRow } from '../../shared/smaily-fields';
import type { SmailyPayload } from '../../shared/mapping-engine';
import { skipReasons, type SkipReason } from '../../shared/push-rules';
import { first60DemoContacts, skippedOf1200DemoContacts } from './demo-push-outcomes';

/** The grid the integration tests save: the standard rows, a region by its name and the customer class code. */
export const testMappingRows: MappingRow[] = [
  ...standardMappingRows,
  { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
  { smailyField: 'klass', contactField: 'CustCat', valueKind: 'value', typeCode: null },
];

export interface ExpectedOutcome {
  code: string;
  outcome: 'sent' | 'skipped';
  reason: SkipReason | null;
  /** The code of the contact sent instead, for a duplicate. */
  duplicateOf: string | null;
}

export interface Expected {
  total: number;
  /** Rows Smaily should get, in code order, and the same cut into batches. */
  sent: SmailyPayload[];
  /** The codes of the contacts sent, in the order of `sent`. */
  sentCodes: string[];
  batches: SmailyPayload[][];
  skippedByReason: Record<SkipReason, number>;
  skipped: number;
  /** Every contact's code with its expected outcome and reason. */
  outcomes: ExpectedOutcome[];
}

const outcomeOf = (contact: (typeof first60DemoContacts)[number]): ExpectedOutcome =>
  'sent' in contact
    ? { code: contact.code, outcome: 'sent', reason: null, duplicateOf: null }
    : { code: contact.code, outcome: 'skipped', reason: contact.skipped, duplicateOf: contact.duplicateOf ?? null };

function countByReason(outcomes: readonly ExpectedOutcome[]): Record<SkipReason, number> {
  const counts = Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  for (const { reason } of outcomes) if (reason) counts[reason] += 1;
  return counts;
}

/**
 * What a job over the first `count` (at most 60) demo contacts, without a filter, must do under testMappingRows,
 * read from the list written down in demo-push-outcomes.ts; only the cutting into batches is worked out here.
 * The first n contacts of the demo are decided as they are among more: a duplicate is always of an earlier code.
 */
export function expectedDemoPush(count: number, batchSize: number): Expected {
  if (count > first60DemoContacts.length) throw new Error(`the written-down push covers ${first60DemoContacts.length}`);
  const contacts = first60DemoContacts.slice(0, count);
  const sentContacts = contacts.flatMap((contact) => ('sent' in contact ? [contact] : []));
  const sent = sentContacts.map((contact) => contact.sent);
  const outcomes = contacts.map(outcomeOf);
  const batches: SmailyPayload[][] = [];
  for (let start = 0; start < sent.length; start += batchSize) batches.push(sent.slice(start, start + batchSize));
  return {
    total: count,
    sent,
    sentCodes: sentContacts.map((contact) => contact.code),
    batches,
    skippedByReason: countByReason(outcomes),
    skipped: outcomes.length - sent.length,
    outcomes,
  };
}

/** Every outcome of a job over the first 1 200 demo contacts without a filter, from the list of the skipped ones. */
export function expectedOutcomesOf1200(): ExpectedOutcome[] {
  const skipped = new Map(
    skippedOf1200DemoContacts.map(([code, reason, duplicateOf]) => [code, { reason, duplicateOf }]),
  );
  return Array.from({ length: 1200 }, (_, index) => {
    const code = String(100001 + index);
    const skip = skipped.get(code);
    return skip
      ? { code, outcome: 'skipped', reason: skip.reason, duplicateOf: skip.duplicateOf ?? null }
      : { code, outcome: 'sent', reason: null, duplicateOf: null };
  });
}
