import { describe, expect, it } from 'vitest';
import { decomposeColor, getContrastRatio, recomposeColor, type Theme } from '@mui/material/styles';
import { createAppTheme, PAGE_BACKGROUND, readablePrimary } from './app-theme';
import type { ColorSchemeMode } from './color-scheme';

/** A colour with alpha as it shows on an opaque background (getContrastRatio ignores alpha). */
function over(colour: string, background: string): string {
  const fg = decomposeColor(colour);
  const bg = decomposeColor(background);
  const alpha = fg.values[3] ?? 1;
  const mixed = [0, 1, 2].map((i) =>
    Math.round((fg.values[i] ?? 0) * alpha + (bg.values[i] ?? 0) * (1 - alpha)),
  );
  return recomposeColor({ type: 'rgb', values: [mixed[0] ?? 0, mixed[1] ?? 0, mixed[2] ?? 0] });
}

const contrast = (colour: string, background: string) =>
  getContrastRatio(over(colour, background), background);

const MODES: ColorSchemeMode[] = ['light', 'dark'];

/** Every colour text is drawn in, on the page and on the app bar. */
const textColours = (theme: Theme) => {
  const { palette } = theme;
  return {
    'text.primary': palette.text.primary,
    'text.secondary': palette.text.secondary,
    'primary.main': palette.primary.main,
    'error.main': palette.error.main,
    'warning.main': palette.warning.main,
    'info.main': palette.info.main,
    'success.main': palette.success.main,
  };
};

describe('the app theme', () => {
  it.each(MODES)('%s: every text colour is at least 4.5:1 on the page and on the app bar', (mode) => {
    const theme = createAppTheme({ mode });
    const appBar = mode === 'dark' ? theme.palette.grey[900] : theme.palette.grey[100];
    for (const background of [theme.palette.background.default, theme.palette.background.paper, appBar]) {
      for (const [name, colour] of Object.entries(textColours(theme))) {
        expect({ name, background, ratio: contrast(colour, background) >= 4.5 }).toEqual({
          name,
          background,
          ratio: true,
        });
      }
    }
  });

  it.each(MODES)('%s: text on coloured buttons and chips is at least 4.5:1', (mode) => {
    const { palette } = createAppTheme({ mode });
    for (const colour of [palette.primary, palette.secondary, palette.error, palette.warning, palette.info]) {
      expect(getContrastRatio(colour.contrastText, colour.main)).toBeGreaterThanOrEqual(4.5);
    }
    // Hovered, a contained button takes the `dark` shade: its text keeps 4.5:1 there too.
    for (const colour of [palette.primary, palette.error, palette.warning, palette.info, palette.success]) {
      expect(getContrastRatio(colour.contrastText, colour.dark)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(MODES)('%s: a 2 px focus ring of at least 3:1 on buttons, links and focusable elements', (mode) => {
    const theme = createAppTheme({ mode });
    const buttonBase = theme.components?.MuiButtonBase?.styleOverrides?.root;
    expect(buttonBase).toMatchObject({
      '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}` },
    });
    const baseline = theme.components?.MuiCssBaseline?.styleOverrides;
    expect(baseline).toMatchObject({
      ':where(:focus-visible)': { outline: `2px solid ${theme.palette.primary.main}` },
    });
    expect(contrast(theme.palette.primary.main, PAGE_BACKGROUND[mode])).toBeGreaterThanOrEqual(3);
  });

  it("makes a portal's colour readable: darker on light pages, lighter on dark ones, untouched when it already is", () => {
    const yellow = '#ffcc00';
    expect(getContrastRatio(yellow, PAGE_BACKGROUND.light)).toBeLessThan(4.5);
    expect(getContrastRatio(readablePrimary(yellow, 'light'), PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(
      4.5,
    );
    const navy = '#0b2a5b';
    expect(getContrastRatio(readablePrimary(navy, 'dark'), PAGE_BACKGROUND.dark)).toBeGreaterThanOrEqual(4.5);
    expect(readablePrimary('#0b7a75', 'light')).toBe('#0b7a75');
    expect(createAppTheme({ mode: 'light', primaryColor: yellow }).palette.primary.main).toBe(
      readablePrimary(yellow, 'light'),
    );
  });

  it('with reduced motion: no transitions and no ripples', () => {
    const still = createAppTheme({ mode: 'light', reducedMotion: true });
    expect(still.transitions.duration.standard).toBe(0);
    expect(still.transitions.duration.enteringScreen).toBe(0);
    expect(still.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
    // Whatever the theme's own setting, a system asking for reduced motion stops every transition at once.
    expect(still.components?.MuiCssBaseline?.styleOverrides).toMatchObject({
      '@media (prefers-reduced-motion: reduce)': {
        '*, *::before, *::after': { transitionDuration: '0s !important', transitionDelay: '0s !important' },
      },
    });
    const moving = createAppTheme({ mode: 'light' });
    expect(moving.transitions.duration.standard).toBeGreaterThan(0);
    expect(moving.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(false);
  });

  it('in dark mode a message box has a border in its colour (its tint alone is barely off the page)', () => {
    const alertStyle = (mode: ColorSchemeMode): unknown => {
      const theme = createAppTheme({ mode });
      const standard = theme.components?.MuiAlert?.styleOverrides?.standard;
      if (typeof standard !== 'function') throw new Error('MuiAlert.standard is not a style function');
      return standard({ ownerState: { severity: 'info' }, theme });
    };
    expect(alertStyle('dark')).toEqual({ border: '1px solid rgba(79, 195, 247, 0.45)' });
    expect(alertStyle('light')).toEqual({});
  });

  it('the embed paints no background; the app does', () => {
    const embed = createAppTheme({ mode: 'dark', transparent: true });
    expect(embed.components?.MuiCssBaseline?.styleOverrides).toMatchObject({
      'html, body': { backgroundColor: 'transparent' },
    });
    expect(createAppTheme({ mode: 'dark' }).components?.MuiCssBaseline?.styleOverrides).not.toHaveProperty(
      'html, body',
    );
  });
});
