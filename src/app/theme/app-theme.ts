// The MUI theme of the app and the embed: colours that keep WCAG 2.2 AA contrast in light and dark (text ≥ 4.5:1,
// focus rings ≥ 3:1), a visible 2 px focus ring on everything focusable, and no motion when the person asks for
// reduced motion. The embed passes the portal's tokens (colour, font, radius) and paints no background.
import { alpha, createTheme, darken, getContrastRatio, lighten, type Theme } from '@mui/material/styles';
import type { ColorSchemeMode } from './color-scheme';

export const DEFAULT_PRIMARY = '#1f5fbf';

/** The backgrounds text is checked against (the embed's portal is assumed to paint the same). */
export const PAGE_BACKGROUND: Record<ColorSchemeMode, string> = { light: '#ffffff', dark: '#121212' };

const TEXT_CONTRAST = 4.5;

/**
 * The colours MUI's defaults get wrong for text (its orange and light blue are ~3:1 on white; its dark-mode red
 * is below 4.5:1 on the app bar), per mode.
 */
const STATUS_COLOURS = {
  light: { error: '#c62828', warning: '#a65100', info: '#01579b', success: '#2e7d32' },
  dark: { error: '#ff7a70', warning: '#ffa726', info: '#4fc3f7', success: '#66bb6a' },
} satisfies Record<ColorSchemeMode, Record<string, string>>;

/**
 * A primary colour with text contrast on the page: the portal's colour as it is when it has, else darkened (light)
 * or lightened (dark) step by step until it has. Links and text buttons are drawn in it.
 */
export function readablePrimary(colour: string, mode: ColorSchemeMode): string {
  const background = PAGE_BACKGROUND[mode];
  let adjusted = colour;
  for (let step = 1; step <= 20 && getContrastRatio(adjusted, background) < TEXT_CONTRAST; step += 1) {
    adjusted = mode === 'light' ? darken(colour, step * 0.05) : lighten(colour, step * 0.05);
  }
  return adjusted;
}

/**
 * A colour with its hover shade (MUI's `dark`, the background of a hovered contained button): moved away from the
 * text it carries (darker under white text, lighter under near-black), so hovering never drops that text below
 * 4.5:1 (MUI's own shade is always darker: in dark mode, near-black text on it fell to 4.36:1).
 */
export function withHoverShade(main: string): { main: string; dark: string } {
  const whiteText = getContrastRatio(main, '#fff') >= TEXT_CONTRAST;
  return { main, dark: whiteText ? darken(main, 0.2) : lighten(main, 0.2) };
}

/** The tint of a read-only field's box (field.css has the same for the light fields). */
const readOnlyTint = (mode: ColorSchemeMode) =>
  mode === 'dark' ? 'rgba(255, 255, 255, 0.06)' : 'rgba(0, 0, 0, 0.04)';

export interface AppThemeOptions {
  mode: ColorSchemeMode;
  /** The person asked for reduced motion: no transitions, no ripples, no animations. */
  reducedMotion?: boolean | undefined;
  /** The embed's portal colour (made readable); default: the app's blue (lightened in dark mode). */
  primaryColor?: string | undefined;
  fontFamily?: string | undefined;
  radius?: number | undefined;
  /** The embed: the portal's page shows through (no background painted). */
  transparent?: boolean | undefined;
  /** MUI's own words in the language shown (a message's close button, the country picker's buttons). */
  words?: WidgetWords | undefined;
}

export interface WidgetWords {
  close: string;
  open: string;
  clear: string;
  noOptions: string;
  loading: string;
}

// Transitions are switched off outright (0s, not the common 0.01ms): a 0.01ms `all` transition on every element
// left inherited colours half-way after a change of colour scheme in Chromium (dark links on a dark page), and nothing
// here waits for a transitionend.
const NO_MOTION = {
  '*, *::before, *::after': {
    animationDuration: '0.01ms !important',
    animationIterationCount: '1 !important',
    transitionDuration: '0s !important',
    transitionDelay: '0s !important',
    scrollBehavior: 'auto !important',
  },
};

export function createAppTheme(options: AppThemeOptions): Theme {
  const { mode, reducedMotion = false } = options;
  const brand = options.primaryColor ?? (mode === 'dark' ? lighten(DEFAULT_PRIMARY, 0.5) : DEFAULT_PRIMARY);
  const primary = readablePrimary(brand, mode);
  const status = STATUS_COLOURS[mode];
  // The ring is the primary colour: ≥ 4.5:1 on the page, so ≥ 3:1 as WCAG asks of a focus indicator.
  const ring = { outline: `2px solid ${primary}`, outlineOffset: 2 };
  // Inside scrollers, lists and cards (tabs, menu items, accordion headers) an outer ring would be clipped: inside.
  const insetRing = { outline: `2px solid ${primary}`, outlineOffset: -2 };
  const instant = 0;
  return createTheme({
    palette: {
      mode,
      primary: withHoverShade(primary),
      error: withHoverShade(status.error),
      warning: withHoverShade(status.warning),
      info: withHoverShade(status.info),
      success: withHoverShade(status.success),
      // Text on a coloured button or chip (white or near-black) is chosen for 4.5:1, not MUI's 3:1.
      contrastThreshold: TEXT_CONTRAST,
    },
    ...(options.fontFamily && { typography: { fontFamily: options.fontFamily } }),
    ...(options.radius !== undefined && { shape: { borderRadius: options.radius } }),
    ...(reducedMotion && {
      transitions: {
        duration: {
          shortest: instant,
          shorter: instant,
          short: instant,
          standard: instant,
          complex: instant,
          enteringScreen: instant,
          leavingScreen: instant,
        },
      },
    }),
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          // Anything focusable that brings no ring of its own (links, native controls) gets the same ring; :where
          // keeps it weaker than any component's own rule.
          ':where(:focus-visible)': ring,
          '@media (prefers-reduced-motion: reduce)': NO_MOTION,
          // The embed: the portal's page shows through; CssBaseline would otherwise paint the theme's background.
          ...(options.transparent && { 'html, body': { backgroundColor: 'transparent', margin: 0 } }),
        },
      },
      MuiButtonBase: {
        defaultProps: { disableRipple: reducedMotion },
        styleOverrides: { root: { '&.Mui-focusVisible': ring } },
      },
      MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
      MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
      MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
      MuiAccordionSummary: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
      // A card clips what is outside it.
      MuiCardActionArea: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
      MuiLink: { styleOverrides: { root: { '&:focus-visible, &.Mui-focusVisible': ring } } },
      // Read-only MUI fields (the country picker, the material fallback) read as values, as the light fields do
      // (field.css): full-contrast text on a tinted box with a dashed outline, the reason readable below.
      MuiInputBase: {
        styleOverrides: {
          input: ({ theme }) => ({
            '&.Mui-disabled': {
              color: theme.palette.text.primary,
              WebkitTextFillColor: theme.palette.text.primary,
            },
          }),
        },
      },
      MuiOutlinedInput: {
        styleOverrides: {
          root: ({ theme }) => ({
            '&.Mui-disabled': {
              backgroundColor: readOnlyTint(mode),
              '& .MuiOutlinedInput-notchedOutline': {
                borderStyle: 'dashed',
                borderColor: mode === 'dark' ? 'rgba(255, 255, 255, 0.42)' : 'rgba(0, 0, 0, 0.42)',
              },
            },
            '&.Mui-disabled .MuiAutocomplete-tag': { opacity: 1 },
            '&.Mui-disabled .MuiChip-label': { color: theme.palette.text.primary },
          }),
        },
      },
      ...(options.words && {
        MuiAutocomplete: {
          defaultProps: {
            openText: options.words.open,
            closeText: options.words.close,
            clearText: options.words.clear,
            noOptionsText: options.words.noOptions,
            loadingText: options.words.loading,
          },
        },
      }),
      // In dark mode a message's tinted box is barely lighter than the page: a thin border in its colour sets it off.
      MuiAlert: {
        ...(options.words && { defaultProps: { closeText: options.words.close } }),
        styleOverrides: {
          standard: ({ ownerState }) =>
            mode === 'dark'
              ? { border: `1px solid ${alpha(status[ownerState.severity ?? 'success'], 0.45)}` }
              : {},
        },
      },
      MuiFormLabel: {
        styleOverrides: {
          root: ({ theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }),
        },
      },
      MuiFormHelperText: {
        styleOverrides: {
          root: ({ theme }) => ({
            '&.Mui-disabled': {
              color: theme.palette.text.secondary,
              fontSize: '0.8125rem',
              letterSpacing: 'normal',
            },
          }),
        },
      },
    },
  });
}
