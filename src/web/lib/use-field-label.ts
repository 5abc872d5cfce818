import { useTranslation } from 'react-i18next';
import { contactFieldLabel, type ContactFieldName } from '../../shared/contact-fields';
import { currentLanguage } from './i18n';

/** Labels of contact-card fields come from the shared field list, in the user's language. */
export function useFieldLabel(): (name: ContactFieldName) => string {
  useTranslation(); // re-render when the language changes
  const language = currentLanguage();
  return (name) => contactFieldLabel(name, language);
}
