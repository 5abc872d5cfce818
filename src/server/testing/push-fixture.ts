import type { ContactInput } from '../../shared/contacts';
import { standardMappingRows, type MappingRow } from '../../shared/smaily-fields';
import { buildSmailyPayload, mappingLookupsFrom, type SmailyPayload } from '../../shared/mapping-engine';
import { compareCodes, PushDecider, skipReasons, type SkipReason } from '../../shared/push-rules';
import { generateDemoContacts } from '../seed/demo-contacts';
import { demoClassifications, demoCustomerClasses, demoObjects } from '../seed/demo-registers';

/** The grid the integration tests save: the standard rows, a region by its name and the customer class code. */
export const testMappingRows: MappingRow[] = [
  ...standardMappingRows,
  { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
  { smailyField: 'klass', contactField: 'CustCat', valueKind: 'value', typeCode: null },
];

export interface Expected {
  total: number;
  /** Rows Smaily should get, in code order, and the same cut into batches. */
  sent: SmailyPayload[];
  batches: SmailyPayload[][];
  skippedByReason: Record<SkipReason, number>;
  skipped: number;
  /** Every contact's code with its expected outcome and reason. */
  outcomes: { code: string; outcome: 'sent' | 'skipped'; reason: SkipReason | null }[];
}

/**
 * What a job over demo contacts must do, worked out from the fixture with the shared rules and mapping engine
 * alone — never from the app's answers. `select` narrows the contacts as a filter would.
 */
export function expectedFromFixture(
  count: number,
  batchSize: number,
  {
    rows = testMappingRows,
    select = () => true,
  }: { rows?: readonly MappingRow[]; select?: (contact: ContactInput) => boolean } = {},
): Expected {
  const lookups = mappingLookupsFrom({
    customerClasses: [...demoCustomerClasses],
    classifications: [...demoClassifications],
    objects: [...demoObjects],
  });
  const contacts = [...generateDemoContacts(count)].filter(select).sort((a, b) => compareCodes(a.Code, b.Code));
  const decider = new PushDecider();
  const sent: SmailyPayload[] = [];
  const skippedByReason = Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  const outcomes: Expected['outcomes'] = [];
  for (const contact of contacts) {
    const decision = decider.decide(contact);
    if (decision.send) {
      sent.push(buildSmailyPayload(contact, rows, lookups));
      outcomes.push({ code: contact.Code, outcome: 'sent', reason: null });
    } else {
      skippedByReason[decision.reason] += 1;
      outcomes.push({ code: contact.Code, outcome: 'skipped', reason: decision.reason });
    }
  }
  const batches: SmailyPayload[][] = [];
  for (let start = 0; start < sent.length; start += batchSize) batches.push(sent.slice(start, start + batchSize));
  return {
    total: contacts.length,
    sent,
    batches,
    skippedByReason,
    skipped: outcomes.length - sent.length,
    outcomes,
  };
}
