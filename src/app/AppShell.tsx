// The page frame: the header (the app's name, the mode, the colour-scheme switch) and the main landmark. It wraps
// on narrow screens rather than clipping anything. Plain elements over a stylesheet (app-shell.css), not MUI's
// AppBar/Toolbar/Container: every page's first render would otherwise pay emotion's style work and their chunks.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useConfig } from '../config/config-context';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { LanguagePicker, useMessages } from '../i18n';
import { appMessages } from './app-messages';
import { SandboxPanelLauncher } from './SandboxPanelLauncher';
import { ColorSchemeMenu } from './theme/ColorSchemeMenu';
import './app-shell.css';

export function AppShell({ children }: { children: ReactNode }) {
  const config = useConfig();
  const t = useMessages(appMessages);
  const themeClass = useFieldThemeClass();
  return (
    <>
      <header className={`pe-app-bar ${themeClass}`}>
        <div className="pe-toolbar">
          <Link to="/" className="pe-home-link">
            {t('title.appName')}
          </Link>
          {config.mode === 'sandbox' && <span className="pe-sandbox-chip">{t('shell.sandbox')}</span>}
          <div className="pe-spacer" />
          <LanguagePicker />
          <ColorSchemeMenu />
        </div>
      </header>
      <main className={`pe-main ${themeClass}`}>
        {config.mode === 'sandbox' && <SandboxPanelLauncher />}
        {children}
      </main>
    </>
  );
}
