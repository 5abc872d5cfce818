import { describe, expect, it } from 'vitest';
import { isReservedSmailyField, isValidSmailyFieldName, toSmailyFieldName } from './smaily-field-name';

describe('toSmailyFieldName', () => {
  it.each([
    ['Äriala nimi', 'ariala_nimi'],
    ['Piirkond', 'piirkond'],
    ['Õunapuu Ülo Öö', 'ounapuu_ulo_oo'],
    ['Šokolaad ja žürii', 'sokolaad_ja_zurii'],
    ['E-posti  aadress', 'e_posti_aadress'],
    ['  kliendi - klass  ', 'kliendi_klass'],
    ['Café №5!', 'cafe_5'],
    ['first_name', 'first_name'],
    ['KMKR nr.', 'kmkr_nr'],
  ])('offers %j as %j', (typed, offered) => {
    expect(toSmailyFieldName(typed)).toBe(offered);
  });

  it('keeps the offer within the length a name may have', () => {
    expect(toSmailyFieldName('a'.repeat(80))).toBe('a'.repeat(64));
  });

  it('offers only names the grid accepts', () => {
    for (const typed of ['Äriala nimi', 'Mõni-väli 2', 'Žanr'])
      expect(isValidSmailyFieldName(toSmailyFieldName(typed))).toBe(true);
  });
});

describe('isValidSmailyFieldName', () => {
  it('accepts lowercase a-z, digits and underscores only', () => {
    expect(isValidSmailyFieldName('ariala_nimi_2')).toBe(true);
    expect(isValidSmailyFieldName('Ariala')).toBe(false);
    expect(isValidSmailyFieldName('äriala')).toBe(false);
    expect(isValidSmailyFieldName('ariala nimi')).toBe(false);
    expect(isValidSmailyFieldName('ariala-nimi')).toBe(false);
    expect(isValidSmailyFieldName('')).toBe(false);
    expect(isValidSmailyFieldName('a'.repeat(65))).toBe(false);
  });
});

describe('reserved Smaily field names', () => {
  it('reserves the control, system and read-only names of smaily-api.md §3', () => {
    for (const name of [
      'is_unsubscribed',
      'is_deleted',
      'created_at',
      'subscribed_at',
      'modified_at',
      'unsubscribed_at',
      'last_response_code',
      'last_response_at',
      'last_open_at',
      'total_opens',
      'last_click_at',
      'total_clicks',
      'birthday',
    ]) {
      expect(isReservedSmailyField(name)).toBe(true);
    }
  });

  it('leaves email (the e-mail row) and ordinary names free', () => {
    expect(isReservedSmailyField('email')).toBe(false);
    expect(isReservedSmailyField('name')).toBe(false);
    expect(isReservedSmailyField('piirkond')).toBe(false);
  });
});
