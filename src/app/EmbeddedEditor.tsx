// The editor for the provider and profile named in the host's `init`, wired to the embed connection: events go
// to the host, host commands come in, load failures are reported too, and a new token retries a failed load.
import { useEffect, useMemo, useRef } from 'react';
import { useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { credentials } from '../api/credentials';
import { useConfig } from '../config/config-context';
import type { EmbedConnection, EmbedSession } from '../embed/use-embed-session';
import { ProfileEditor } from '../profile/ProfileEditor';
import { findProvider, providerRegistry, type ProviderEntry } from '../providers';
import type { ProfileProvider } from '../providers/types';
import { idProblem } from './route-ids';
import { safeProvider } from './safe-provider';
import { userLocale, useProviderContext } from './use-provider-context';

const MAX_AUTO_RETRIES = 2;

interface Props {
  session: EmbedSession;
  connection: EmbedConnection;
}

/**
 * The route parameters the provider needs, from `params` and the `profileId` shorthand, taken as data (never
 * decoded): `invalid` says why one cannot be an id ("..").
 */
export function resolveParams(entry: ProviderEntry, session: EmbedSession) {
  const params: Record<string, string> = {};
  entry.params.forEach((name, index) => {
    const value = session.params[name] ?? (index === 0 ? session.profileId : undefined);
    if (value !== undefined) params[name] = value;
  });
  const missing = entry.params.filter((name) => params[name] === undefined);
  const invalid = Object.entries(params)
    .map(([name, value]) => idProblem(value, name))
    .find((problem) => problem !== undefined);
  return { params, missing, ...(invalid && { invalid }) };
}

export function EmbeddedEditor({ session, connection }: Props) {
  const config = useConfig();
  const entry = findProvider(session.provider);
  const resolved = entry ? resolveParams(entry, session) : undefined;
  const problem = !entry
    ? `There is no provider called "${session.provider}" (known: ${knownProviders()}).`
    : resolved && resolved.missing.length > 0
      ? `${entry.label} needs ${resolved.missing.join(', ')} in init.params (or init.profileId).`
      : resolved?.invalid
        ? `${resolved.invalid} Send the id as it is (not encoded, not a path).`
        : !config.providers[entry.id]
          ? `${entry.label} is not configured: add providers.${entry.id}.baseUrl to config.json.`
          : undefined;
  const { send } = connection;
  useEffect(() => {
    if (problem) send({ type: 'error', kind: 'protocol', message: problem });
  }, [problem, send]);

  if (problem || !entry || !resolved) {
    return (
      <Alert severity="error" role="alert">
        {problem}
      </Alert>
    );
  }
  return <LoadedEditor entry={entry} params={resolved.params} session={session} connection={connection} />;
}

const knownProviders = () => providerRegistry.map((entry) => entry.id).join(', ');

function LoadedEditor(props: Props & { entry: ProviderEntry; params: Record<string, string> }) {
  const { entry } = props;
  const module = useQuery({
    queryKey: ['provider-module', entry.id],
    queryFn: entry.load,
    staleTime: Infinity,
    retry: 1,
  });
  if (module.isError) {
    return (
      <Alert severity="error" role="alert">
        The {entry.label} editor could not be loaded. Check your connection.
      </Alert>
    );
  }
  if (!module.data) return <Typography role="status">Loading the {entry.label} editor…</Typography>;
  return <SafeEditor {...props} provider={module.data} />;
}

function SafeEditor(props: Parameters<typeof ConnectedEditor>[0]) {
  const provider = useMemo(() => safeProvider(props.provider), [props.provider]);
  return <ConnectedEditor {...props} provider={provider} />;
}

function ConnectedEditor(
  props: Props & { entry: ProviderEntry; params: Record<string, string>; provider: ProfileProvider },
) {
  const { entry, params, provider, session, connection } = props;
  const config = useConfig();
  const settings = config.providers[entry.id] ?? { baseUrl: '' };
  const base = useProviderContext(provider, settings, params);
  const locale = session.locale ?? userLocale();
  const ctx = useMemo(() => ({ ...base, locale }), [base, locale]);
  const queryClient = useQueryClient();
  const { send } = connection;

  // Load failures happen before the form exists: report them too, and retry them with a new token — a few times
  // only, so a host that always answers tokenExpired with a token the provider refuses cannot start a loop.
  const autoRetries = useRef(0);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        if (event.action.type === 'success') autoRetries.current = 0;
        if (event.action.type !== 'error') return;
        const failure = provider.describeError(event.action.error);
        send({ type: 'error', kind: failure.kind, message: failure.message });
        if (failure.kind === 'auth' && autoRetries.current < MAX_AUTO_RETRIES) send({ type: 'tokenExpired' });
      }),
    [queryClient, provider, send],
  );
  useEffect(
    () =>
      credentials.subscribe(() => {
        const failed = (query: Query) => query.state.status === 'error';
        if (autoRetries.current >= MAX_AUTO_RETRIES) return;
        if (queryClient.getQueryCache().findAll({ type: 'active', predicate: failed }).length === 0) return;
        autoRetries.current += 1;
        void queryClient.refetchQueries({ type: 'active', predicate: failed });
      }),
    [queryClient],
  );

  return (
    // Keyed by the session: another person's session never sees the previous one's form or draft.
    <ProfileEditor
      key={ctx.sessionKey}
      provider={provider}
      ctx={ctx}
      providerLabel={entry.label}
      onEvent={connection.onEditorEvent}
      commands={connection.commands}
      renewCredentials={connection.renewCredentials}
    />
  );
}
