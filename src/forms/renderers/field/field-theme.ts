// The MUI theme as CSS variables for the light fields: one small rule per theme object, inserted once, so a
// control pays a context read and a map lookup per render instead of styling ~10 components.
import { useInsertionEffect } from 'react';
import { useTheme, type Theme } from '@mui/material/styles';
import { pageNonce } from '../../page-nonce';
import './field.css';

const classes = new WeakMap<Theme, string>();
const inserted = new Set<string>();
let count = 0;

function cssFor(theme: Theme, className: string): string {
  const dark = theme.palette.mode === 'dark';
  const radius = theme.shape.borderRadius;
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
    // A popup (a combobox's list): in dark mode a shadow does not show, so it is lighter than the page, as MUI's
    // elevated paper is.
    '--pe-popup': dark ? '#2c2c2c' : theme.palette.background.paper,
    '--pe-hover': theme.palette.action.hover,
    '--pe-switch-track': dark ? 'rgba(255, 255, 255, 0.3)' : 'rgba(0, 0, 0, 0.38)',
    '--pe-switch-thumb': dark ? theme.palette.grey[300] : theme.palette.common.white,
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
