// /<provider>/<params…>: finds the provider, loads its code on demand, and renders the editor for it.
import { lazy, Suspense, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { credentials, subjectOfCredential } from '../api/credentials';
import { useConfig } from '../config/config-context';
import { profileKeys } from '../profile/profile-keys';
import { ProfileEditor } from '../profile/ProfileEditor';
import { findProvider, type ProviderEntry } from '../providers';
import type { ProfileProvider, ProviderPageProps } from '../providers/types';
import { NotFoundPage } from './NotFoundPage';
import { decodeSegment, idProblem } from './route-ids';
import { safeProvider } from './safe-provider';
import { SignInDialog } from './SignInDialog';
import { useProviderContext } from './use-provider-context';

const SandboxExamples = lazy(async () => ({
  default: (await import('../sandbox/SandboxExamples')).SandboxExamples,
}));

export function ProviderPage() {
  const { providerId } = useParams();
  // The address as the browser holds it (still percent-encoded): each id is decoded exactly once, here.
  const { pathname } = useLocation();
  const entry = findProvider(providerId);
  if (!entry) return <NotFoundPage message={`There is no provider called "${providerId ?? ''}".`} />;
  const rawSegments = pathname.split('/').slice(2).filter(Boolean);
  const segments = rawSegments.map(decodeSegment);
  const rest = rawSegments.join('/');
  if (segments.some((segment) => segment === undefined)) {
    return <NotFoundPage message={`"/${entry.id}/${rest}" is not a valid address (a malformed % escape).`} />;
  }
  // A provider with pages takes one more, optional, segment: the page (absent: its landing page).
  if (segments.length > entry.params.length + (entry.pageParam ? 1 : 0)) {
    return <NotFoundPage message={`${entry.label} has no page at "/${entry.id}/${rest}".`} />;
  }
  const values = segments.filter((segment): segment is string => segment !== undefined);
  if (values.length < entry.params.length) return <AskForParams entry={entry} known={values} />;
  const problem = values
    .map((value, index) => idProblem(value, paramLabel(entry, index)))
    .find((message) => message !== undefined);
  if (problem) return <NotFoundPage message={problem} />;
  const params = Object.fromEntries(entry.params.map((name, index) => [name, values[index] ?? '']));
  const page = entry.pageParam ? values[entry.params.length] : undefined;
  if (entry.pageParam && page !== undefined) params[entry.pageParam] = page;
  return <LoadedProvider key={`${entry.id}/${rest}`} entry={entry} params={params} />;
}

const paramLabel = (entry: ProviderEntry, index: number) =>
  (index === 0 ? entry.paramHint : undefined) ?? entry.params[index] ?? 'id';

function AskForParams({ entry, known }: { entry: ProviderEntry; known: string[] }) {
  const config = useConfig();
  const navigate = useNavigate();
  const missing = entry.params[known.length] ?? '';
  const [value, setValue] = useState('');
  const label = entry.paramHint ?? missing;
  const problem = value === '' ? undefined : idProblem(value.trim(), label);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() && !problem) {
      void navigate(`/${[entry.id, ...known, value.trim()].map(encodeURIComponent).join('/')}`);
    }
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
        error={problem !== undefined}
        helperText={problem}
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
  return <SafeProviderEditor entry={entry} provider={module.data} settings={settings} params={params} />;
}

function SafeProviderEditor(props: Parameters<typeof ProviderEditor>[0]) {
  const provider = useMemo(() => safeProvider(props.provider), [props.provider]);
  return <ProviderEditor {...props} provider={provider} />;
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
  const [afresh, setAfresh] = useState(false);
  const pending = useRef<() => void>(undefined);
  const renewCredentials = async () => {
    if (config.mode === 'sandbox') {
      // The sandbox has one person: a new sandbox token is a refresh (its module never loads in live mode).
      const { SANDBOX_TOKEN } = await import('./sandbox-token');
      credentials.refresh(SANDBOX_TOKEN);
      return;
    }
    return new Promise<void>((resolve) => {
      pending.current = resolve;
      setAsking(true);
    });
  };
  const close = () => {
    setAsking(false);
    pending.current?.();
  };
  const editor = (
    // Keyed by the session: another person's session never sees the previous one's form or draft.
    <ProfileEditor
      key={ctx.sessionKey}
      provider={provider}
      ctx={ctx}
      providerLabel={entry.label}
      renewCredentials={renewCredentials}
    />
  );
  return (
    <>
      {afresh && (
        <Alert severity="info" role="status" sx={{ mb: 2 }} onClose={() => setAfresh(false)}>
          You signed in with a token the editor cannot tell is the same person&apos;s, so it started afresh:
          the profile was read again and the unsaved changes from before were discarded.
        </Alert>
      )}
      {provider.pages ? (
        <Paged entry={entry} pages={provider.pages} params={params} ctx={ctx}>
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
          const before = credentials.sessionKey;
          credentials.signIn(token, subjectOfCredential(token));
          setAfresh(credentials.sessionKey !== before);
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
  children: ReactNode;
}) {
  const { entry, pages, params, ctx, children } = props;
  const navigate = useNavigate();
  const base = `/${[entry.id, ...entry.params.map((name) => encodeURIComponent(params[name] ?? ''))].join('/')}`;
  const href = (page?: string) => (page ? `${base}/${encodeURIComponent(page)}` : base);
  const pageProps: ProviderPageProps = {
    ctx,
    // The app's leave guard (src/profile/LeaveGuard) asks first when the editor holds unsaved changes.
    open: (page) => void navigate(href(page)),
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
