// The provider-agnostic editor: loads the profile and any unsaved changes kept on this device, shows loading and
// load failures, then the form.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocale } from '../i18n';
import type { ProfileProvider, ProviderContext } from '../providers/types';
import { loadDraft, type StoredDraft } from './drafts';
import { draftLookupKey, settledDraftLookup, takeDraftLookup } from './early-draft-lookup';
import type { EditorCommands, EditorEvent } from './editor-events';
import { EditorForm } from './EditorForm';
import { editorText } from './editor-text';
import { RequestDetails } from './RequestDetails';
import { useProfile } from './use-profile';

export interface ProfileEditorProps {
  provider: ProfileProvider;
  ctx: ProviderContext;
  providerLabel: string;
  onEvent?: (event: EditorEvent) => void;
  commands?: EditorCommands;
  renewCredentials?: () => Promise<void>;
}

type DraftLookup = { key: string; draft: StoredDraft | undefined };

/** This user's unsaved changes of this profile, looked up once per profile (undefined while looking). */
function useStoredDraft(provider: ProfileProvider, ctx: ProviderContext): DraftLookup | undefined {
  const key = draftLookupKey({ sessionKey: ctx.sessionKey, providerId: provider.id, params: ctx.params });
  // The boot's lookup (start-route.ts), when it has already answered: the form shows in the first render.
  const [found, setFound] = useState<DraftLookup | undefined>(() => {
    const settled = settledDraftLookup(key);
    return settled && { key, draft: settled.draft };
  });
  useEffect(() => {
    let current = true;
    const [sessionKey, providerId, params] = JSON.parse(key) as [string, string, Record<string, string>];
    // A device without IndexedDB (or a broken one) simply has no draft to restore.
    const settle = (draft: StoredDraft | undefined) => {
      if (current)
        setFound((before) => (before?.key === key && before.draft === draft ? before : { key, draft }));
    };
    (takeDraftLookup(key) ?? loadDraft({ sessionKey, providerId, params })).then(settle, () =>
      settle(undefined),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return found?.key === key ? found : undefined;
}

export function ProfileEditor(props: ProfileEditorProps) {
  const { provider, ctx, providerLabel } = props;
  // The editor's words follow the locale shown (the language picker re-renders the whole editor).
  useLocale();
  const query = useProfile(provider, ctx);
  const stored = useStoredDraft(provider, ctx);

  if (query.isPending || (query.isSuccess && !stored)) {
    return (
      <Stack direction="row" spacing={2} alignItems="center" role="status" aria-live="polite" sx={{ py: 4 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>{editorText.loading(providerLabel)}</Typography>
      </Stack>
    );
  }
  if (query.isError) {
    const failure = provider.describeError(query.error, 'load');
    // A session that ended is fixed by signing in again (then the profile is read again), not by trying again.
    const renew = failure.kind === 'auth' ? props.renewCredentials : undefined;
    const action = renew ? (
      <Button
        color="inherit"
        size="small"
        disabled={query.isFetching}
        onClick={() => void renew().then(() => query.refetch())}
      >
        {editorText.signInAgain}
      </Button>
    ) : failure.kind !== 'not-found' ? (
      <Button color="inherit" size="small" onClick={() => void query.refetch()} disabled={query.isFetching}>
        {editorText.tryAgain}
      </Button>
    ) : undefined;
    return (
      <Alert severity="error" role="alert" action={action}>
        <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
          {editorText.loadFailed}
        </Box>
        {failure.message}
        <RequestDetails message={failure.message} requestId={failure.requestId} />
      </Alert>
    );
  }
  // One editor per user and profile: another session never inherits this one's draft or queued save.
  return <EditorForm key={stored?.key} {...props} form={query.data} restored={stored?.draft} />;
}
