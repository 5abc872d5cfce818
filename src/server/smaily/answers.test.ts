import { describe, expect, it } from 'vitest';
import { readContact, readListRows, readWorkflows, readWriteAnswer } from './answers';

describe('reading Smaily answers', () => {
  it('reads codes sent as numbers or as strings', () => {
    expect(readWriteAnswer({ code: '101', message: 'OK' })).toEqual({ kind: 'ok', body: { code: 101, message: 'OK' } });
    expect(readWriteAnswer({ code: 203 })).toEqual({ kind: 'smaily-error', code: 203, message: '' });
    expect(readWriteAnswer({ message: 'OK' })).toEqual({ kind: 'invalid-response' });
    expect(readWriteAnswer([{ code: 101 }])).toEqual({ kind: 'invalid-response' });
  });

  it('reads workflows, a code answer in their place, and refuses other shapes', () => {
    expect(readWorkflows([{ id: '7', title: 'Tere' }])).toEqual({ kind: 'ok', body: [{ id: 7, title: 'Tere' }] });
    expect(readWorkflows({ code: 202, message: 'Forbidden' })).toEqual({
      kind: 'smaily-error',
      code: 202,
      message: 'Forbidden',
    });
    expect(readWorkflows([{ name: 'no id' }])).toEqual({ kind: 'invalid-response' });
    expect(readWorkflows({ code: 101 })).toEqual({ kind: 'invalid-response' });
  });

  it('reads a contact with is_unsubscribed as 0/1 or "0"/"1" and every other field as text', () => {
    expect(readContact({ email: 'a@x.ee', is_unsubscribed: '1', total_opens: 3, code: 'K1', x: null })).toEqual({
      kind: 'ok',
      body: { email: 'a@x.ee', isUnsubscribed: true, fields: { total_opens: '3', code: 'K1', x: '' } },
    });
    expect(readContact({ code: 206, message: 'Could not find requested email address' })).toEqual({
      kind: 'ok',
      body: null,
    });
    expect(readContact('<html>')).toEqual({ kind: 'invalid-response' });
  });

  it('reads list rows, which must each have an e-mail', () => {
    expect(readListRows([{ email: 'a@x.ee', unsubscribed_at: '2026-01-01 10:00:00' }])).toEqual({
      kind: 'ok',
      body: [{ email: 'a@x.ee', unsubscribed_at: '2026-01-01 10:00:00' }],
    });
    expect(readListRows([{ unsubscribed_at: '2026-01-01 10:00:00' }])).toEqual({ kind: 'invalid-response' });
    expect(readListRows([])).toEqual({ kind: 'ok', body: [] });
  });
});
