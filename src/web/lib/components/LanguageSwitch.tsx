import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/messages';
import { changeLanguage, currentLanguage } from '../i18n';

/** Eesti / English, remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={currentLanguage()}
      onChange={(value) => void changeLanguage(value)}
      data={languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
    />
  );
}
