// The save status next to Save, where people look when they save: "Unsaved changes · Discard changes · Save",
// then "Saving…" with Cancel, "Saved just now", or what went wrong with Retry (and Sign in again). On a form
// longer than the screen it floats at the bottom of the viewport until the form's end scrolls into view. Its line
// carries `data-save-status` (the QA kit's contract); it is not a live region (the editor's Announcer says each
// outcome once). Buttons stay focusable while unavailable, so the focus never falls to <body> after a save.
// Its frame is plain elements styled by a stylesheet with the theme's variables: a status change re-renders the
// line and the buttons only (no styles to compute), so "Saving…" reaches the screen in the click's frame.
import { useRef, useState } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ProviderAction } from '../providers/types';
import type { SaveStatus } from './editor-state';
import { editorText } from './editor-text';
import { InertButton } from './InertButton';
import { RequestDetails } from './RequestDetails';
import { SavingBar, SavingSpinner } from './SaveProgress';
import { statusLine, type StatusContext } from './save-status-text';
import { useFloating, useFocusStaysInBar, useRoomForBar } from './use-bar-focus';
import { useRelativeNow } from './use-relative-now';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import './save-status-bar.css';

export interface SaveStatusBarProps {
  /** "Save" or "Save <section>". */
  saveLabel: string;
  canSave: boolean;
  /** The status as it concerns this bar (another section's save is idle here). */
  status: SaveStatus;
  /** Any save or action runs (every button waits). */
  busy: boolean;
  /** Unsaved changes in what this bar saves, and elsewhere. */
  context: StatusContext;
  /** A save waits for the connection. */
  queued: boolean;
  readOnly: boolean;
  onSave: () => void;
  /** Tries the failed save (or action) again. */
  onRetry: () => void;
  onSignInAgain: (() => void) | undefined;
  onDiscard: () => void;
  onCancel: () => void;
  actions: ProviderAction[];
  onAction: (id: string) => void;
}

/** Failures a second try may fix (not invalid fields, an ended session, a read-only form or a missing profile). */
const RETRYABLE = new Set(['server', 'network', 'unavailable', 'conflict']);

// Each icon takes its colour from its line (save-status-bar.css).
const ICONS = {
  saved: <CheckCircleIcon fontSize="small" aria-hidden />,
  failed: <ErrorOutlineIcon fontSize="small" aria-hidden />,
  invalid: <ErrorOutlineIcon fontSize="small" aria-hidden />,
  queued: <WarningAmberIcon fontSize="small" aria-hidden />,
  conflict: <WarningAmberIcon fontSize="small" aria-hidden />,
  unsaved: (
    <span aria-hidden className="pe-status-dot">
      ●
    </span>
  ),
  saving: <SavingSpinner />,
} as const;

/** A number that changes with every new status: each outcome is a new line (a new node), as the QA kit expects. */
function useSerial(value: object): number {
  const [seen, setSeen] = useState({ value, serial: 0 });
  if (seen.value === value) return seen.serial;
  const next = { value, serial: seen.serial + 1 };
  setSeen(next);
  return next.serial;
}

export function SaveStatusBar(props: SaveStatusBarProps) {
  const { saveLabel, canSave, status, busy, context, queued, readOnly, actions } = props;
  const themeClass = useFieldThemeClass();
  const bar = useRef<HTMLDivElement>(null);
  const save = useRef<HTMLButtonElement>(null);
  const sentinel = useRef<HTMLSpanElement>(null);
  useFocusStaysInBar(bar, save);
  const floating = useFloating(sentinel);
  useRoomForBar(bar);
  const now = useRelativeNow(status.kind === 'saved' ? status.at : undefined);
  const serial = useSerial(status);
  const line = statusLine(status, { ...context, now, queuedOffline: queued });
  const runningAction = status.kind === 'saving' ? status.action : undefined;
  const savingNow = status.kind === 'saving' && runningAction === undefined;
  const failure = status.kind === 'failed' ? status.failure : undefined;
  // Discard drops every unsaved change of the form (another section's too), as it says.
  const dirty = context.dirtyHere || (context.unsavedElsewhere?.length ?? 0) > 0;
  const signInAgain = failure?.kind === 'auth' ? props.onSignInAgain : undefined;
  const retry = failure && RETRYABLE.has(failure.kind) ? props.onRetry : undefined;
  return (
    <>
      <div
        ref={bar}
        data-save-bar=""
        data-floating={floating || undefined}
        className={`pe-status-bar ${themeClass}`}
      >
        <div className="pe-status-bar__row">
          {(line || savingNow) && (
            <div className="pe-status-bar__status">
              {line && (
                <div className={`pe-status-line pe-status-line--${line.kind}`}>
                  <span className="pe-status-line__icon">{ICONS[line.kind]}</span>
                  <div className="pe-status-line__body">
                    <p
                      key={`${line.kind}-${serial}`}
                      className="pe-status-line__text"
                      data-save-status={line.kind}
                    >
                      {line.text}
                    </p>
                    {failure && <RequestDetails message={failure.message} requestId={failure.requestId} />}
                  </div>
                </div>
              )}
              {savingNow && <SavingBar label={editorText.savingProgress} color="var(--pe-primary)" />}
            </div>
          )}
          <div className="pe-status-bar__actions">
            {savingNow ? (
              // Keyed: once the save stops, Cancel goes away (the focus moves to Save) rather than turning into
              // Discard changes under the keyboard user's focus.
              // A text button as Discard changes in the same place (its styles are in the page already: nothing
              // to compute in the click's frame).
              <InertButton key="cancel" variant="text" onClick={props.onCancel}>
                {editorText.cancel}
              </InertButton>
            ) : (
              !readOnly && (
                <InertButton key="discard" variant="text" inert={!dirty || busy} onClick={props.onDiscard}>
                  {editorText.discardChanges}
                </InertButton>
              )
            )}
            {signInAgain && (
              <InertButton variant="outlined" inert={busy} onClick={signInAgain}>
                {editorText.signInAgain}
              </InertButton>
            )}
            {retry && (
              <InertButton variant="outlined" inert={busy} onClick={retry}>
                {editorText.retry}
              </InertButton>
            )}
            {actions.map((action) => (
              <InertButton
                key={action.id}
                variant="outlined"
                inert={busy}
                aria-busy={runningAction === action.id || undefined}
                onClick={() => props.onAction(action.id)}
                title={action.description}
                startIcon={runningAction === action.id ? <SavingSpinner /> : undefined}
              >
                {action.label}
              </InertButton>
            ))}
            <InertButton
              ref={save}
              type="submit"
              variant="contained"
              inert={!canSave}
              aria-busy={savingNow || undefined}
              onClick={props.onSave}
            >
              {/* The spinner inside the label, not as MUI's startIcon: the button keeps its styles (no new CSS
                  rules to compute and insert in the click's frame). */}
              {savingNow ? (
                <>
                  <SavingSpinner inButton />
                  {editorText.saving}
                </>
              ) : (
                saveLabel
              )}
            </InertButton>
          </div>
        </div>
      </div>
      <span ref={sentinel} aria-hidden className="pe-status-bar-end" />
    </>
  );
}
