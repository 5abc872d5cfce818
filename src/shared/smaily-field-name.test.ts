import { describe, expect, it } from 'vitest';
import {
  isReservedSmailyField,
  isValidSmailyFieldName,
  smailyFieldNameMaxLength,
  toSmailyFieldName,
} from './smaily-field-name';

// What a user types into "Smaily väli", from the plain to the awkward.
const typed = [
  'Äriala nimi',
  'Piirkond',
  'Õunapuu Ülo Öö',
  'Šokolaad ja žürii',
  'E-posti  aadress',
  '  kliendi - klass  ',
  'Café №5!',
  'first_name',
  'KMKR nr.',
  '3 klass',
  '1klass',
  '2024',
  '_sisemine',
  'x'.repeat(100),
  '9'.repeat(100),
];

describe('the Smaily field name rule', () => {
  it('takes lowercase snake_case that starts with a letter or _', () => {
    for (const name of [
      'klass',
      'first_name',
      'product_name_10',
      '_3_klass',
      '_',
      'a'.repeat(smailyFieldNameMaxLength),
    ])
      expect(isValidSmailyFieldName(name), name).toBe(true);
  });

  it('refuses what Smaily would drop without a word: a leading digit, upper case, other marks, non-ASCII', () => {
    for (const name of ['1klass', '3_klass', '0', 'FirstName', 'first-name', 'first name', 'õun', 'klass!', ''])
      expect(isValidSmailyFieldName(name), name).toBe(false);
  });

  it('refuses a name longer than the grid keeps', () => {
    expect(isValidSmailyFieldName('a'.repeat(smailyFieldNameMaxLength + 1))).toBe(false);
  });
});

describe('the name suggestion', () => {
  it('folds Estonian letters, drops accents and marks, and joins words with _', () => {
    expect(toSmailyFieldName('Äriala nimi')).toBe('ariala_nimi');
    expect(toSmailyFieldName('Šokolaad ja žürii')).toBe('sokolaad_ja_zurii');
    expect(toSmailyFieldName('  kliendi - klass  ')).toBe('kliendi_klass');
    expect(toSmailyFieldName('Café №5!')).toBe('cafe_5');
  });

  it('puts _ before a name that would start with a digit', () => {
    expect(toSmailyFieldName('3 klass')).toBe('_3_klass');
    expect(toSmailyFieldName('1klass')).toBe('_1klass');
  });

  it('offers, for anything typed that leaves some letter or digit, a name the rule accepts', () => {
    for (const text of typed) expect(isValidSmailyFieldName(toSmailyFieldName(text)), text).toBe(true);
  });

  it('leaves a valid name as it is', () => {
    for (const name of ['klass', 'first_name', '_3_klass']) expect(toSmailyFieldName(name)).toBe(name);
  });
});

describe('reserved Smaily field names', () => {
  it('refuses the parameters that steer a write: a mapped value must not re-subscribe or delete anyone', () => {
    expect(isReservedSmailyField('is_unsubscribed')).toBe(true);
    expect(isReservedSmailyField('is_deleted')).toBe(true);
  });

  it('refuses the fields Smaily fills in itself, such as the moment of an unsubscription', () => {
    expect(isReservedSmailyField('unsubscribed_at')).toBe(true);
    expect(isReservedSmailyField('total_clicks')).toBe(true);
  });

  it('leaves email (the e-mail row) and ordinary names free', () => {
    for (const name of ['email', 'name', 'piirkond']) expect(isReservedSmailyField(name), name).toBe(false);
  });
});
