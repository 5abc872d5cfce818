import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../shared/messages';

const storageKey = 'language';

type Texts = Record<string, unknown>;
type Resources = Record<string, Record<string, Texts>>;

// Each feature keeps its texts in locales/<language>/<namespace>.json. The sign-in and first-run pages need only
// `common` and `auth`, which come with the first page; the rest arrive with the signed-in frame (loadAllTexts).
const firstScreenFiles = import.meta.glob<{ default: Texts }>('../locales/*/{common,auth}.json', { eager: true });
const laterFiles = import.meta.glob<{ default: Texts }>(['../locales/*/*.json', '!../locales/*/{common,auth}.json']);

function place(resources: Resources, file: string, texts: Texts): void {
  const [, language, namespace] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(file) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = texts;
}

const resources: Resources = {};
for (const [file, module] of Object.entries(firstScreenFiles)) place(resources, file, module.default);

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return languages.find((language) => language === stored) ?? 'et';
  } catch {
    return 'et';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'et',
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'et';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts until reload.
  }
}

let allTexts: Promise<void> | undefined;

/** The texts of every screen, both languages: awaited before the signed-in frame (and in screen tests). */
export function loadAllTexts(): Promise<void> {
  allTexts ??= Promise.all(
    Object.entries(laterFiles).map(async ([file, load]) => {
      const loaded: Resources = {};
      place(loaded, file, (await load()).default);
      for (const [language, namespaces] of Object.entries(loaded)) {
        for (const [namespace, texts] of Object.entries(namespaces)) {
          i18n.addResourceBundle(language, namespace, texts, true, true);
        }
      }
    }),
  ).then(() => undefined);
  return allTexts;
}
