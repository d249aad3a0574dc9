// The MUI theme of the embedded editor, from the host's appearance tokens, on a transparent background.
import { createTheme, type Theme } from '@mui/material/styles';
import type { EmbedTheme } from './protocol';

export const DEFAULT_PRIMARY = '#1f5fbf';

export function createEmbedTheme(tokens: EmbedTheme = {}): Theme {
  return createTheme({
    palette: { mode: tokens.mode ?? 'light', primary: { main: tokens.primaryColor ?? DEFAULT_PRIMARY } },
    ...(tokens.fontFamily && { typography: { fontFamily: tokens.fontFamily } }),
    ...(tokens.radius !== undefined && { shape: { borderRadius: tokens.radius } }),
    components: {
      // The host's page shows through; CssBaseline would otherwise paint the theme's background.
      MuiCssBaseline: {
        styleOverrides: { 'html, body': { backgroundColor: 'transparent', margin: 0 } },
      },
    },
  });
}
