import { describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '../../shared/contacts';
import { standardMappingRows } from '../../shared/smaily-fields';
import { buildSmailyPayload, mappingLookupsFrom } from '../../shared/mapping-engine';
import { JobPlan } from './job-plan';

const lookups = mappingLookupsFrom({ customerClasses: [], classifications: [], objects: [] });
const contact = (Code: string, Name: string, eMail: string, flags: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput,
  Code,
  Name,
  eMail,
  ...flags,
});
const plan = (batchSize: number) =>
  new JobPlan(batchSize, (item) => buildSmailyPayload(item, standardMappingRows, lookups));

describe('planning a job', () => {
  it('skips by the rules of a push in their order, sends the first of a shared e-mail, and batches the rest in code order', () => {
    const job = plan(2);
    // Fed in code order, codes compared as text.
    const planned = [
      contact('10', 'Pagar OÜ (suletud)', 'Info@Pagar.test', { blockedFlag: true }),
      contact('11', 'Pagar OÜ', 'info@pagar.test'),
      contact('12', 'Ilma Postita', ''),
      contact('13', 'Pagari Pood', 'INFO@PAGAR.TEST'),
      contact('14', 'Mari Vigane', 'mari@eesti'),
      contact('15', 'Mari Maasikas', 'mari@eesti.test', { NoMailPosting: true }),
      contact('16', 'Suletud Tühi', '', { blockedFlag: true }),
      contact('17', 'Jaan Tamm', 'jaan@eesti.test'),
      contact('18', 'Kati Kask', 'kati@eesti.test'),
      contact('19', 'Toomas Saar', 'toomas@eesti.test'),
      // Forgotten in Smaily: skipped before anything else, closed or not.
      { ...contact('20', 'Unustatud Uno', 'uno@eesti.test', { blockedFlag: true }), forgotten: true },
      // Unsubscribed in Smaily without "Ära koosta massmaile": sent unsubscribed.
      { ...contact('21', 'Loobunud Liis', 'liis@eesti.test'), smailyUnsubscribed: true },
    ].map((item) => job.add(item));

    expect(planned.map(({ seq, code, send, skip }) => ({ seq, code, send, skip }))).toEqual([
      { seq: 0, code: '10', send: null, skip: { reason: 'closed', duplicateOf: null } },
      { seq: 1, code: '11', send: { batch: 0, payload: { email: 'info@pagar.test', name: 'Pagar OÜ' } }, skip: null },
      { seq: 2, code: '12', send: null, skip: { reason: 'no-email', duplicateOf: null } },
      { seq: 3, code: '13', send: null, skip: { reason: 'duplicate-email', duplicateOf: '11' } },
      { seq: 4, code: '14', send: null, skip: { reason: 'invalid-email', duplicateOf: null } },
      {
        seq: 5,
        code: '15',
        send: { batch: 0, payload: { email: 'mari@eesti.test', name: 'Mari Maasikas', is_unsubscribed: 1 } },
        skip: null,
      },
      { seq: 6, code: '16', send: null, skip: { reason: 'closed', duplicateOf: null } },
      { seq: 7, code: '17', send: { batch: 1, payload: { email: 'jaan@eesti.test', name: 'Jaan Tamm' } }, skip: null },
      { seq: 8, code: '18', send: { batch: 1, payload: { email: 'kati@eesti.test', name: 'Kati Kask' } }, skip: null },
      {
        seq: 9,
        code: '19',
        send: { batch: 2, payload: { email: 'toomas@eesti.test', name: 'Toomas Saar' } },
        skip: null,
      },
      { seq: 10, code: '20', send: null, skip: { reason: 'forgotten', duplicateOf: null } },
      {
        seq: 11,
        code: '21',
        send: { batch: 2, payload: { email: 'liis@eesti.test', name: 'Loobunud Liis', is_unsubscribed: 1 } },
        skip: null,
      },
    ]);
    expect(planned[0]).toMatchObject({ name: 'Pagar OÜ (suletud)', email: 'Info@Pagar.test' });
    expect([job.total, job.sendCount, job.batches]).toEqual([12, 6, 3]);
    expect(job.skipped).toEqual({
      forgotten: 1,
      'removed-from-standard-books': 0,
      closed: 2,
      'no-email': 1,
      'invalid-email': 1,
      'duplicate-email': 1,
    });
  });

  it.each([
    [1, 5, [0, 1, 2, 3, 4], 5],
    [2, 5, [0, 0, 1, 1, 2], 3],
    [5, 5, [0, 0, 0, 0, 0], 1],
    [1000, 5, [0, 0, 0, 0, 0], 1],
    [3, 7, [0, 0, 0, 1, 1, 1, 2], 3],
    [3, 0, [], 0],
  ])('cuts the contacts to send into batches of at most %i (%i contacts)', (batchSize, count, batches, total) => {
    const job = plan(batchSize);
    const planned = Array.from({ length: count }, (_, index) =>
      job.add(contact(`K${index}`, `Nimi ${index}`, `k${index}@eesti.test`)),
    );
    expect(planned.map((item) => item.send?.batch)).toEqual(batches);
    expect(job.batches).toBe(total);
  });

  it('skipped contacts take no place in a batch', () => {
    const job = plan(2);
    const planned = [
      contact('1', 'A', 'a@eesti.test'),
      contact('2', 'B', ''),
      contact('3', 'C', 'c@eesti.test'),
      contact('4', 'D', 'A@EESTI.TEST'),
      contact('5', 'E', 'e@eesti.test'),
    ].map((item) => job.add(item));
    expect(planned.map((item) => item.send?.batch ?? null)).toEqual([0, null, 0, null, 1]);
  });
});
