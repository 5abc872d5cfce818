import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  PushDecider,
  ownSkipReason,
  type PushCandidate,
  type PushDecision,
  type SkipReason,
} from './push-rules';

const contact = (Code: string, eMail: string, blockedFlag = false): PushCandidate => ({ Code, eMail, blockedFlag });
const forgotten = (Code: string, eMail: string, blockedFlag = false): PushCandidate => ({
  ...contact(Code, eMail, blockedFlag),
  forgotten: true,
});

const sent: PushDecision = { send: true };
const skipped = (reason: SkipReason, duplicateOf?: string): PushDecision =>
  duplicateOf === undefined ? { send: false, reason } : { send: false, reason, duplicateOf };

/** Decides the contacts as a push does: sorted by code (as text) first, then one by one. */
function decideRun(run: PushCandidate[]): [string, PushDecision][] {
  const decider = new PushDecider();
  return [...run].sort((a, b) => compareCodes(a.Code, b.Code)).map((item) => [item.Code, decider.decide(item)]);
}

describe('the skip reason of a contact alone', () => {
  it.each([
    [contact('1', 'mari@eesti.test'), null],
    [contact('2', ''), 'no-email'],
    [contact('3', '   '), 'no-email'],
    [contact('4', 'info@firma'), 'invalid-email'],
    [contact('5', 'jaan tamm@eesti.test'), 'invalid-email'],
    [contact('6', 'kontor@@ehitus.test'), 'invalid-email'],
    [contact('7', 'mari.tamm@'), 'invalid-email'],
    // Spaces around an address are not part of it.
    [contact('8', ' mari@eesti.test '), null],
    // Closed comes first: a closed contact is skipped as closed whatever its e-mail.
    [contact('9', '', true), 'closed'],
    [contact('10', 'info@firma', true), 'closed'],
    [contact('11', 'mari@eesti.test', true), 'closed'],
    // Forgotten in Smaily comes before everything, closed included.
    [forgotten('12', 'mari@eesti.test'), 'forgotten'],
    [forgotten('13', 'mari@eesti.test', true), 'forgotten'],
    // Removed from Standard Books comes before closed: a contact no longer there is not pushed at all.
    [{ ...contact('12', 'mari@eesti.test', true), removedFromStandardBooks: true }, 'removed-from-standard-books'],
    [{ ...contact('13', ''), removedFromStandardBooks: true }, 'removed-from-standard-books'],
    [{ ...contact('14', 'mari@eesti.test'), removedFromStandardBooks: false }, null],
  ])('%o → %s', (candidate, reason) => {
    expect(ownSkipReason(candidate)).toBe(reason);
  });
});

describe('codes compared as text', () => {
  it.each([
    ['10', '9', -1],
    ['100001', '99999', -1],
    ['K-2', 'K-10', 1],
    ['A1', 'a1', -1],
    ['Z', 'Ä', -1],
    ['100001', '100001', 0],
  ])('%s against %s → %i', (a, b, order) => {
    expect(compareCodes(a, b)).toBe(order);
  });
});

describe('deciding a run', () => {
  it.each<{ rule: string; run: PushCandidate[]; expected: [string, PushDecision][] }>([
    {
      rule: 'of contacts sharing an e-mail, the first in code order (as text: "10" before "9") is sent',
      run: [contact('9', 'info@pagar.test'), contact('10', 'info@pagar.test'), contact('11', 'muu@pagar.test')],
      expected: [
        ['10', sent],
        ['11', sent],
        ['9', skipped('duplicate-email', '10')],
      ],
    },
    {
      rule: 'e-mails are compared case-insensitively and without the spaces around them',
      run: [
        contact('1', 'Info@Pagar.test'),
        contact('2', 'INFO@PAGAR.TEST'),
        contact('3', ' info@pagar.test '),
        contact('4', 'info@pagar.test'),
      ],
      expected: [
        ['1', sent],
        ['2', skipped('duplicate-email', '1')],
        ['3', skipped('duplicate-email', '1')],
        ['4', skipped('duplicate-email', '1')],
      ],
    },
    {
      rule: 'a closed contact does not claim its e-mail: the next eligible one with it is sent',
      run: [contact('1', 'info@pagar.test', true), contact('2', 'info@pagar.test'), contact('3', 'info@pagar.test')],
      expected: [
        ['1', skipped('closed')],
        ['2', sent],
        ['3', skipped('duplicate-email', '2')],
      ],
    },
    {
      rule: 'a closed contact after the sent one is skipped as closed, not as a duplicate',
      run: [contact('1', 'info@pagar.test'), contact('2', 'INFO@pagar.test', true)],
      expected: [
        ['1', sent],
        ['2', skipped('closed')],
      ],
    },
    {
      rule: 'a forgotten contact does not claim its e-mail either, and another with it is forgotten too',
      run: [forgotten('1', 'info@pagar.test'), contact('2', 'muu@pagar.test'), forgotten('3', 'INFO@pagar.test')],
      expected: [
        ['1', skipped('forgotten')],
        ['2', sent],
        ['3', skipped('forgotten')],
      ],
    },
    {
      rule: 'contacts without an e-mail, or with the same invalid one, are not duplicates of each other',
      run: [contact('1', ''), contact('2', ''), contact('3', 'info@firma'), contact('4', 'info@firma')],
      expected: [
        ['1', skipped('no-email')],
        ['2', skipped('no-email')],
        ['3', skipped('invalid-email')],
        ['4', skipped('invalid-email')],
      ],
    },
    {
      rule: 'every reason in one run, in its order: closed, no e-mail, invalid e-mail, duplicate',
      run: [
        contact('10', 'Info@Pagar.test', true),
        contact('11', 'info@pagar.test'),
        contact('12', 'INFO@PAGAR.TEST'),
        contact('13', 'mari@eesti.test'),
        contact('14', ''),
        contact('15', 'mari@eesti'),
        contact('16', ' mari@eesti.test '),
        contact('17', '', true),
      ],
      expected: [
        ['10', skipped('closed')],
        ['11', sent],
        ['12', skipped('duplicate-email', '11')],
        ['13', sent],
        ['14', skipped('no-email')],
        ['15', skipped('invalid-email')],
        ['16', skipped('duplicate-email', '13')],
        ['17', skipped('closed')],
      ],
    },
  ])('$rule', ({ run, expected }) => {
    expect(decideRun(run)).toEqual(expected);
  });
});
