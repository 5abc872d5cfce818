import { Box, SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/messages';
import { changeLanguage, currentLanguage } from '../i18n';

/** "Eesti", or on a phone "ET" (read out in full), so that the header keeps one line. */
function LanguageName({ language }: { language: Language }) {
  const { t } = useTranslation();
  const name = t(`languages.${language}`);
  return (
    <>
      <Box component="span" visibleFrom="sm">
        {name}
      </Box>
      <Box component="span" hiddenFrom="sm">
        <span aria-hidden="true">{language.toUpperCase()}</span>
        <VisuallyHidden>{name}</VisuallyHidden>
      </Box>
    </>
  );
}

/** Eesti / English, remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={currentLanguage()}
      onChange={(value) => void changeLanguage(value)}
      data={languages.map((language) => ({ value: language, label: <LanguageName language={language} /> }))}
    />
  );
}
