import { createTheme } from '@mantine/core';

// Shade 8 keeps the primary colour's text and buttons above WCAG AA contrast on white.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
});
