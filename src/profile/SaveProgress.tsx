// The save's progress as plain elements styled by a stylesheet: a spinner (in the colour around it) and an
// indeterminate bar named for assistive technology. MUI's progress components would compute and insert their
// styles when the first save starts, in the frame that should already show "Saving…".
import './save-progress.css';

export function SavingSpinner({ inButton = false }: { inButton?: boolean }) {
  return <span className={inButton ? 'pe-spinner pe-spinner--in-button' : 'pe-spinner'} aria-hidden />;
}

export function SavingBar({ label, color }: { label: string; color: string }) {
  return (
    <span role="progressbar" aria-label={label} className="pe-save-bar" style={{ color }}>
      <span />
    </span>
  );
}
