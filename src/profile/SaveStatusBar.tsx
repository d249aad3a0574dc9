// The save status next to Save, where people look when they save: "Unsaved changes · Discard changes · Save",
// then "Saving…" with Cancel, "Saved just now", or what went wrong with Retry (and Sign in again). On a form
// longer than the screen it floats at the bottom of the viewport until the form's end scrolls into view. Its line
// carries `data-save-status` (the QA kit's contract); it is not a live region (the editor's Announcer says each
// outcome once). Buttons stay focusable while unavailable, so the focus never falls to <body> after a save.
import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
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

const ICONS = {
  saved: <CheckCircleIcon fontSize="small" color="success" aria-hidden />,
  failed: <ErrorOutlineIcon fontSize="small" color="error" aria-hidden />,
  invalid: <ErrorOutlineIcon fontSize="small" color="error" aria-hidden />,
  queued: <WarningAmberIcon fontSize="small" color="warning" aria-hidden />,
  conflict: <WarningAmberIcon fontSize="small" color="warning" aria-hidden />,
  unsaved: (
    <Box component="span" aria-hidden sx={{ color: 'warning.main', lineHeight: 1, px: 0.5 }}>
      ●
    </Box>
  ),
  // Coloured where it is shown (the theme's primary colour).
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
  const theme = useTheme();
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
      <Box
        ref={bar}
        data-save-bar=""
        data-floating={floating || undefined}
        sx={{
          position: 'sticky',
          bottom: 0,
          // Above the fields, below an open field's list of options (the light fields' z-index 2).
          zIndex: 1,
          py: 1.5,
          borderTop: 1,
          borderColor: floating ? 'divider' : 'transparent',
          // Painted only while floating over the form (in an embed the portal's background shows through).
          bgcolor: floating ? 'background.paper' : undefined,
          boxShadow: floating ? '0 -6px 12px -6px rgba(0, 0, 0, 0.25)' : undefined,
        }}
      >
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
        >
          {(line || savingNow) && (
            <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
              {line && (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <Box
                    sx={{ display: 'flex', pt: '2px' }}
                    style={line.kind === 'saving' ? { color: theme.palette.primary.main } : undefined}
                  >
                    {ICONS[line.kind]}
                  </Box>
                  <Box sx={{ minWidth: 0 }}>
                    <Typography key={`${line.kind}-${serial}`} variant="body2" data-save-status={line.kind}>
                      {line.text}
                    </Typography>
                    {failure && <RequestDetails message={failure.message} requestId={failure.requestId} />}
                  </Box>
                </Stack>
              )}
              {savingNow && (
                <SavingBar label={editorText.savingProgress} color={theme.palette.primary.main} />
              )}
            </Box>
          )}
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 1, ml: 'auto' }}
          >
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
          </Stack>
        </Stack>
      </Box>
      <Box component="span" ref={sentinel} aria-hidden sx={{ display: 'block', height: '1px', mt: '-1px' }} />
    </>
  );
}
