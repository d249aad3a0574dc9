// The MUI theme as CSS variables (--pe-*) for everything drawn by our own stylesheets instead of MUI components:
// the light fields, the save bar and its buttons, the page frame. One small rule per theme object, inserted once,
// so a component pays a context read and a map lookup per render instead of styling ~10 components.
import { useInsertionEffect } from 'react';
import { alpha, useTheme, type Theme } from '@mui/material/styles';
import { pageNonce } from '../../page-nonce';
import './field.css';
import './theme-classes.css';

const classes = new WeakMap<Theme, string>();
const inserted = new Set<string>();
let count = 0;

function cssFor(theme: Theme, className: string): string {
  const dark = theme.palette.mode === 'dark';
  const radius = theme.shape.borderRadius;
  // MUI's AppBar color="default": grey[100] in light mode; in dark mode (enableColorOnDark off) it shows the
  // paper's colour, with the text colour MUI picks for grey[900].
  const appBarBg = dark ? theme.palette.background.paper : theme.palette.grey[100];
  const appBarText = theme.palette.getContrastText(dark ? theme.palette.grey[900] : theme.palette.grey[100]);
  const vars: Record<string, string> = {
    '--pe-primary': theme.palette.primary.main,
    '--pe-error': theme.palette.error.main,
    '--pe-text': theme.palette.text.primary,
    '--pe-text-secondary': theme.palette.text.secondary,
    '--pe-border': dark ? 'rgba(255, 255, 255, 0.23)' : 'rgba(0, 0, 0, 0.23)',
    // A read-only field's dashed outline and its tint: visible as a frame, quieter than an editable one.
    '--pe-border-strong': dark ? 'rgba(255, 255, 255, 0.42)' : 'rgba(0, 0, 0, 0.42)',
    '--pe-readonly-bg': dark ? 'rgba(255, 255, 255, 0.06)' : 'rgba(0, 0, 0, 0.04)',
    '--pe-divider': theme.palette.divider,
    '--pe-success': theme.palette.success.main,
    '--pe-warning': theme.palette.warning.main,
    '--pe-paper': theme.palette.background.paper,
    // The light buttons (the save bar's, button.css): MUI's Button, drawn from the same theme.
    '--pe-primary-dark': theme.palette.primary.dark,
    '--pe-primary-contrast': theme.palette.primary.contrastText,
    '--pe-primary-hover-bg': alpha(theme.palette.primary.main, theme.palette.action.hoverOpacity),
    // A colour-inherit button's hover (MUI's Button color="inherit": the text colour at the hover opacity).
    '--pe-text-hover-bg': alpha(theme.palette.text.primary, theme.palette.action.hoverOpacity),
    '--pe-primary-outline': alpha(theme.palette.primary.main, 0.5),
    '--pe-disabled': theme.palette.action.disabled,
    '--pe-disabled-bg': theme.palette.action.disabledBackground,
    '--pe-button-font-weight': String(theme.typography.button.fontWeight ?? 500),
    '--pe-button-font-size': String(theme.typography.button.fontSize ?? '0.875rem'),
    '--pe-button-line-height': String(theme.typography.button.lineHeight ?? 1.75),
    '--pe-button-letter-spacing': String(theme.typography.button.letterSpacing ?? '0.02857em'),
    '--pe-button-transform': String(theme.typography.button.textTransform ?? 'uppercase'),
    '--pe-shadow-2': theme.shadows[2],
    '--pe-shadow-4': theme.shadows[4],
    '--pe-shadow-6': theme.shadows[6],
    '--pe-shadow-8': theme.shadows[8],
    '--pe-transition': theme.transitions.create(['background-color', 'box-shadow', 'border-color', 'color'], {
      duration: theme.transitions.duration.short,
    }),
    // A popup (a combobox's list): in dark mode a shadow does not show, so it is lighter than the page, as MUI's
    // elevated paper is.
    '--pe-popup': dark ? '#2c2c2c' : theme.palette.background.paper,
    '--pe-hover': theme.palette.action.hover,
    '--pe-switch-track': dark ? 'rgba(255, 255, 255, 0.3)' : 'rgba(0, 0, 0, 0.38)',
    '--pe-switch-thumb': dark ? theme.palette.grey[300] : theme.palette.common.white,
    // The page frame (src/app: the header, the breadcrumbs, the heading): MUI's AppBar color="default", the
    // secondary colour of the sandbox label, and the body1/h1 type the frame's text had as MUI Typography.
    '--pe-appbar-bg': appBarBg,
    '--pe-appbar-text': appBarText,
    '--pe-secondary': theme.palette.secondary.main,
    '--pe-secondary-contrast': theme.palette.secondary.contrastText,
    '--pe-hover-opacity': String(theme.palette.action.hoverOpacity),
    '--pe-focus-opacity': String(theme.palette.action.focusOpacity),
    '--pe-body-weight': String(theme.typography.body1.fontWeight ?? 400),
    '--pe-body-line-height': String(theme.typography.body1.lineHeight ?? 1.5),
    '--pe-body-letter-spacing': String(theme.typography.body1.letterSpacing ?? 'normal'),
    '--pe-h1-weight': String(theme.typography.h1.fontWeight ?? 300),
    '--pe-h1-line-height': String(theme.typography.h1.lineHeight ?? 1.167),
    '--pe-h1-letter-spacing': String(theme.typography.h1.letterSpacing ?? 'normal'),
    '--pe-radius': typeof radius === 'number' ? `${radius}px` : String(radius),
    '--pe-font': theme.typography.fontFamily ?? 'inherit',
    '--pe-font-size':
      typeof theme.typography.body1.fontSize === 'number'
        ? `${theme.typography.body1.fontSize}px`
        : (theme.typography.body1.fontSize ?? '1rem'),
  };
  const body = Object.entries(vars)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  return `.${className}{${body}}`;
}

/** The class that carries the current theme's variables (add it to the control's root element). */
export function useFieldThemeClass(): string {
  const theme = useTheme();
  let className = classes.get(theme);
  if (className === undefined) {
    className = `pe-theme-${++count}`;
    classes.set(theme, className);
  }
  const name = className;
  useInsertionEffect(() => {
    if (inserted.has(name) || typeof document === 'undefined') return;
    inserted.add(name);
    const style = document.createElement('style');
    style.dataset.peTheme = name;
    // Allowed by the page's Content-Security-Policy through its nonce (no 'unsafe-inline').
    const nonce = pageNonce();
    if (nonce) style.nonce = nonce;
    style.textContent = cssFor(theme, name);
    document.head.appendChild(style);
  }, [name, theme]);
  return className;
}
