// /<provider>/<params…>: finds the provider, loads its code on demand, and renders the editor for it.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Navigate, useNavigate, useParams } from 'react-router';
import { credentials } from '../api/credentials';
import { useConfig } from '../config/config-context';
import { profileKeys } from '../profile/profile-keys';
import { ProfileEditor } from '../profile/ProfileEditor';
import { findProvider, type ProviderEntry } from '../providers';
import type { ProfileProvider, ProviderPageProps } from '../providers/types';
import { NotFoundPage } from './NotFoundPage';
import { SANDBOX_TOKEN } from './sandbox-token';
import { SignInDialog } from './SignInDialog';
import { useLeaveGuard } from './use-leave-guard';
import { useProviderContext } from './use-provider-context';

export function ProviderPage() {
  const { providerId, '*': rest = '' } = useParams();
  const entry = findProvider(providerId);
  if (!entry) return <NotFoundPage message={`There is no provider called "${providerId ?? ''}".`} />;
  const segments = rest.split('/').filter(Boolean);
  // A provider with pages takes one more, optional, segment: the page (absent: its landing page).
  const page = entry.pageParam ? segments[entry.params.length] : undefined;
  if (segments.length > entry.params.length + (entry.pageParam ? 1 : 0)) {
    return <NotFoundPage message={`${entry.label} has no page at "/${entry.id}/${rest}".`} />;
  }
  if (segments.length < entry.params.length) return <AskForParams entry={entry} known={segments} />;
  const params = Object.fromEntries(
    entry.params.map((name, index) => [name, decodeURIComponent(segments[index] ?? '')]),
  );
  if (entry.pageParam && page !== undefined) params[entry.pageParam] = decodeURIComponent(page);
  return <LoadedProvider key={`${entry.id}/${rest}`} entry={entry} params={params} />;
}

function AskForParams({ entry, known }: { entry: ProviderEntry; known: string[] }) {
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
  const guard = useLeaveGuard();
  const editor = (
    <ProfileEditor
      provider={provider}
      ctx={ctx}
      providerLabel={entry.label}
      renewCredentials={renewCredentials}
      onEvent={guard.track}
    />
  );
  return (
    <>
      {provider.pages ? (
        <Paged entry={entry} pages={provider.pages} params={params} ctx={ctx} mayLeave={guard.mayLeave}>
          {editor}
        </Paged>
      ) : (
        <>
          <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
            Your {entry.label} profile
          </Typography>
          {editor}
        </>
      )}
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

/** A provider with pages: its landing page without a page parameter, else the page's frame around the editor. */
function Paged(props: {
  entry: ProviderEntry;
  pages: NonNullable<ProfileProvider['pages']>;
  params: Record<string, string>;
  ctx: ProviderPageProps['ctx'];
  mayLeave: () => boolean;
  children: ReactNode;
}) {
  const { entry, pages, params, ctx, mayLeave, children } = props;
  const navigate = useNavigate();
  const base = `/${[entry.id, ...entry.params.map((name) => encodeURIComponent(params[name] ?? ''))].join('/')}`;
  const href = (page?: string) => (page ? `${base}/${encodeURIComponent(page)}` : base);
  const pageProps: ProviderPageProps = {
    ctx,
    open: (page) => {
      if (mayLeave()) void navigate(href(page));
    },
    href,
    queryKey: profileKeys.provider(ctx.sessionKey, entry.id),
  };
  const page = params[pages.param];
  if (page === undefined) return <pages.Landing {...pageProps} />;
  const canonical = pages.resolve(page);
  if (!canonical) return <NotFoundPage message={`${entry.label} has no page called "${page}".`} />;
  if (canonical !== page) return <Navigate replace to={href(canonical)} />;
  return (
    <pages.Frame {...pageProps} page={canonical}>
      {children}
    </pages.Frame>
  );
}
