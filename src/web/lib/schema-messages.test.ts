import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textField } from '../../shared/text-field';
import { changeLanguage } from './i18n';
import { fieldMessages } from './schema-messages';

const schema = z.object({
  // Two checks that can both fail: the first one's message stands.
  email: z.string().min(5).regex(/@/),
  address: z.object({ city: textField(20, { required: true }) }),
  note: textField(50),
});
const messagesOf = (value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return fieldMessages(result.error.issues);
};

describe('fieldMessages', () => {
  afterEach(() => changeLanguage('et'));

  it('gives each field path its first mistake, in the shared catalogue’s Estonian words', async () => {
    await changeLanguage('et');
    expect(messagesOf({ email: 'ab', address: { city: ' ' }, note: 'rida\nrida' })).toEqual({
      email: { type: 'too_small', message: 'Vähemalt 5 märki' },
      'address.city': { type: 'too_small', message: 'Kohustuslik väli' },
      note: { type: 'custom', message: 'Sisaldab lubamatut juhtmärki (nt tabulaator, reavahetus või NUL)' },
    });
  });

  it('speaks the user’s language', async () => {
    await changeLanguage('en');
    expect(messagesOf({ email: 'mari.firma.ee', address: { city: 'Tartu' }, note: '' })).toEqual({
      email: { type: 'invalid_format', message: 'Invalid format' },
    });
  });
});
