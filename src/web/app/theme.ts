import { createTheme, darken, type CSSVariablesResolver, type MantineColor, type MantineTheme } from '@mantine/core';
import type { TFunction } from 'i18next';

type PaginationControl = 'first' | 'previous' | 'next' | 'last';

/**
 * The app's Mantine theme in the user's language: shade 8 keeps the primary colour's text and buttons above WCAG
 * AA contrast on white, and the icon-only controls Mantine draws itself (a dialog's or a notification's close
 * button, the arrows of a pagination) get names, so that every screen and every dialog has them without asking.
 */
export function createAppTheme(t: TFunction<'common'>) {
  const paginationLabels: Record<PaginationControl, string> = {
    first: t('pagination.first'),
    previous: t('pagination.previous'),
    next: t('pagination.next'),
    last: t('pagination.last'),
  };
  const closeButtonProps = { 'aria-label': t('close') };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'sm',
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      // The menu takes the focus itself (not a focusable placeholder, which a role="menu" may not hold).
      Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
      // A dialog's head is not the page's banner: a <header> outside any section would make it a second one.
      ModalHeader: { defaultProps: { component: 'div' } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: PaginationControl) => ({ 'aria-label': paginationLabels[control] }),
        },
      },
    },
  });
}

// Mantine's dimmed and placeholder greys (#868e96, 3.3:1 on white), its error red (red.6, 3.3:1), coloured text (a
// red menu item) and the text of its light variants (badges, avatars' initials, light buttons; orange on light orange
// is 3.6:1) are below WCAG AA's 4.5:1. These keep their look a shade darker: 4.7:1 and more on white, on striped
// rows and on their own light backgrounds.
const dimmed = '#666d74';
const darkText = (theme: MantineTheme, color: MantineColor) => darken(theme.colors[color]?.[9] ?? theme.black, 0.35);

export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': dimmed,
    '--mantine-color-placeholder': dimmed,
    '--mantine-color-error': theme.colors.red[9],
    ...Object.fromEntries(
      Object.keys(theme.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, darkText(theme, color)],
        [`--mantine-color-${color}-text`, darkText(theme, color)],
      ]),
    ),
  },
  dark: {},
});
