// /<provider>/<params…>: finds the provider, loads its code on demand, and renders the editor for it.
import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useNavigate, useParams } from 'react-router';
import { credentials } from '../api/credentials';
import { useConfig } from '../config/config-context';
import { ProfileEditor } from '../profile/ProfileEditor';
import { findProvider, type ProviderEntry } from '../providers';
import type { ProfileProvider } from '../providers/types';
import { NotFoundPage } from './NotFoundPage';
import { SANDBOX_TOKEN } from './sandbox-token';
import { SignInDialog } from './SignInDialog';
import { useProviderContext } from './use-provider-context';

const SandboxExamples = lazy(async () => ({
  default: (await import('../sandbox/SandboxExamples')).SandboxExamples,
}));

export function ProviderPage() {
  const { providerId, '*': rest = '' } = useParams();
  const entry = findProvider(providerId);
  if (!entry) return <NotFoundPage message={`There is no provider called "${providerId ?? ''}".`} />;
  const segments = rest.split('/').filter(Boolean);
  if (segments.length > entry.params.length) {
    return <NotFoundPage message={`${entry.label} has no page at "/${entry.id}/${rest}".`} />;
  }
  if (segments.length < entry.params.length) return <AskForParams entry={entry} known={segments} />;
  const params = Object.fromEntries(
    entry.params.map((name, index) => [name, decodeURIComponent(segments[index] ?? '')]),
  );
  return <LoadedProvider key={`${entry.id}/${rest}`} entry={entry} params={params} />;
}

function AskForParams({ entry, known }: { entry: ProviderEntry; known: string[] }) {
  const config = useConfig();
  const navigate = useNavigate();
  const missing = entry.params[known.length] ?? '';
  const [value, setValue] = useState('');
  const label = entry.paramHint ?? missing;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) void navigate(`/${[entry.id, ...known, encodeURIComponent(value.trim())].join('/')}`);
  };
  return (
    <Stack component="form" spacing={2} onSubmit={submit} sx={{ maxWidth: 420 }}>
      <Typography variant="h1" sx={{ fontSize: '1.75rem' }}>
        {entry.label}
      </Typography>
      <Typography>Which profile do you want to edit? Enter its {label}.</Typography>
      <TextField
        label={label[0]?.toUpperCase() + label.slice(1)}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required
      />
      <Button type="submit" variant="contained" sx={{ alignSelf: 'start' }}>
        Open profile
      </Button>
      {config.mode === 'sandbox' && known.length === 0 && (
        <Suspense fallback={null}>
          <SandboxExamples providerId={entry.id} />
        </Suspense>
      )}
    </Stack>
  );
}

function LoadedProvider({ entry, params }: { entry: ProviderEntry; params: Record<string, string> }) {
  const config = useConfig();
  const module = useQuery({
    queryKey: ['provider-module', entry.id],
    queryFn: entry.load,
    staleTime: Infinity,
    retry: 1,
  });
  const settings = config.providers[entry.id];
  if (!settings) {
    return (
      <Alert severity="error" role="alert">
        {entry.label} is not configured: add <code>{`providers.${entry.id}.baseUrl`}</code> to config.json.
      </Alert>
    );
  }
  if (module.isError) {
    return (
      <Alert
        severity="error"
        role="alert"
        action={<Button onClick={() => void module.refetch()}>Try again</Button>}
      >
        The {entry.label} editor could not be loaded. Check your connection.
      </Alert>
    );
  }
  if (!module.data) return <Typography role="status">Loading the {entry.label} editor…</Typography>;
  return <ProviderEditor entry={entry} provider={module.data} settings={settings} params={params} />;
}

function ProviderEditor(props: {
  entry: ProviderEntry;
  provider: ProfileProvider;
  settings: { baseUrl: string };
  params: Record<string, string>;
}) {
  const { entry, provider, settings, params } = props;
  const config = useConfig();
  const ctx = useProviderContext(provider, settings, params);
  const [asking, setAsking] = useState(false);
  const pending = useRef<() => void>(undefined);
  const renewCredentials = () =>
    config.mode === 'sandbox'
      ? Promise.resolve(credentials.set(SANDBOX_TOKEN))
      : new Promise<void>((resolve) => {
          pending.current = resolve;
          setAsking(true);
        });
  const close = () => {
    setAsking(false);
    pending.current?.();
  };
  return (
    <>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
        Your {entry.label} profile
      </Typography>
      <ProfileEditor
        provider={provider}
        ctx={ctx}
        providerLabel={entry.label}
        renewCredentials={renewCredentials}
      />
      <SignInDialog
        open={asking}
        onCancel={close}
        onSubmit={(token) => {
          credentials.set(token);
          close();
        }}
      />
    </>
  );
}
