import type { Localized } from '../../shared/messages';
import type { Usage } from './register-usage';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Why an entry cannot be deleted, with how many use it. Estonian needs no plural here: "12 kontaktil" and
 * "1 kontaktil" are both right.
 */
export function usedRefusal(code: string, usage: Usage): Localized {
  const et: string[] = [];
  const en: string[] = [];
  if (usage.contacts > 0) {
    et.push(`${usage.contacts} kontaktil`);
    en.push(plural(usage.contacts, 'contact', 'contacts'));
  }
  if (usage.classifications > 0) {
    et.push(`${usage.classifications} klassifikaatoril`);
    en.push(plural(usage.classifications, 'classification', 'classifications'));
  }
  if (usage.objects > 0) {
    et.push(`${usage.objects} objektil`);
    en.push(plural(usage.objects, 'object', 'objects'));
  }
  if (usage.mappingRows > 0) {
    et.push(`${usage.mappingRows} real vaates „Smaily päringu väljad”`);
    en.push(`${plural(usage.mappingRows, 'row', 'rows')} of Smaily request fields`);
  }
  return {
    et: `Koodi ${code} ei saa kustutada: see on kasutusel ${et.join(' ja ')}.`,
    en: `${code} cannot be deleted: it is used by ${en.join(' and ')}.`,
  };
}

export const registerTexts = {
  unknownClassificationType: { et: 'Sellist klassifikaatori tüüpi pole', en: 'No such classification type' },
  unknownObjectType: { et: 'Sellist objektitüüpi pole', en: 'No such object type' },
  objectTypeLocked: {
    et: 'Objekti tüüpi ei saa muuta, sest objekt on kasutusel {count} kontaktil',
    en: 'The object type cannot change while contacts use the object ({count})',
  },
} satisfies Record<string, Localized>;
