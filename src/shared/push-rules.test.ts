import { describe, expect, it } from 'vitest';
import { PushDecider, ownSkipReason, type PushCandidate } from './push-rules';

const contact = (Code: string, eMail: string, blockedFlag = false): PushCandidate => ({ Code, eMail, blockedFlag });

describe('the skip reason of a contact alone', () => {
  it.each([
    [contact('1', 'mari@eesti.test'), null],
    [contact('2', ''), 'no-email'],
    [contact('3', '   '), 'no-email'],
    [contact('4', 'info@firma'), 'invalid-email'],
    [contact('5', 'jaan tamm@eesti.test'), 'invalid-email'],
    // Closed comes first: a closed contact without e-mail is skipped as closed.
    [contact('6', '', true), 'closed'],
    [contact('7', 'info@firma', true), 'closed'],
    [contact('8', 'mari@eesti.test', true), 'closed'],
  ])('%o → %s', (candidate, reason) => {
    expect(ownSkipReason(candidate)).toBe(reason);
  });
});

describe('deciding a run in code order', () => {
  it('sends the first eligible contact of a shared e-mail and skips the rest as its duplicates', () => {
    const decider = new PushDecider();
    // Codes as text: "10" comes before "9". The closed and the invalid ones do not claim the address.
    const run = [
      contact('10', 'Info@Pagar.test', true),
      contact('11', 'info@pagar.test'),
      contact('12', 'INFO@PAGAR.TEST'),
      contact('13', 'mari@eesti.test'),
      contact('14', ''),
      contact('15', 'mari@eesti'),
      contact('16', ' mari@eesti.test '),
      contact('9', 'info@pagar.test'),
    ];
    expect(run.map((item) => decider.decide(item))).toEqual([
      { send: false, reason: 'closed' },
      { send: true },
      { send: false, reason: 'duplicate-email', duplicateOf: '11' },
      { send: true },
      { send: false, reason: 'no-email' },
      { send: false, reason: 'invalid-email' },
      { send: false, reason: 'duplicate-email', duplicateOf: '13' },
      { send: false, reason: 'duplicate-email', duplicateOf: '11' },
    ]);
  });
});
