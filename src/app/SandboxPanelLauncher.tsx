// The "Sandbox scenarios" button at the top of every page in sandbox mode. The panel itself (MUI accordion,
// selects and every provider's scenario list) loads when it is first opened, not before the form. The closed
// panel's button is a native one over a stylesheet (sandbox-panel-launcher.css), drawn as MUI's ButtonBase was.
import { lazy, Suspense, useState } from 'react';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';
import './sandbox-panel-launcher.css';

const SandboxPanel = lazy(async () => ({ default: (await import('../sandbox/SandboxPanel')).SandboxPanel }));

function ClosedPanel({ onOpen, busy }: { onOpen: () => void; busy: boolean }) {
  const t = useMessages(appMessages);
  const themeClass = useFieldThemeClass();
  return (
    <button
      type="button"
      className={`pe-sandbox-launcher ${themeClass}`}
      aria-expanded={false}
      aria-busy={busy || undefined}
      onClick={onOpen}
    >
      <span className="pe-sandbox-launcher__label pe-type-body1">{t('shell.sandboxScenarios')}</span>
      <span aria-hidden="true">▾</span>
    </button>
  );
}

export function SandboxPanelLauncher() {
  const [open, setOpen] = useState(false);
  if (!open) return <ClosedPanel onOpen={() => setOpen(true)} busy={false} />;
  return (
    <Suspense fallback={<ClosedPanel onOpen={() => undefined} busy />}>
      <SandboxPanel defaultExpanded />
    </Suspense>
  );
}
