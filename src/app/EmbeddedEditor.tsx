// The editor for the provider and profile named in the host's `init`, wired to the embed connection: events go
// to the host, host commands come in, load failures are reported too, and a new token retries a failed load.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { credentials } from '../api/credentials';
import { useConfig } from '../config/config-context';
import type { EmbedConnection, EmbedSession } from '../embed/use-embed-session';
import type { EditorEvent } from '../profile/editor-events';
import { profileKeys } from '../profile/profile-keys';
import { ProfileEditor } from '../profile/ProfileEditor';
import { findProvider, providerRegistry, type ProviderEntry } from '../providers';
import type { ProfileProvider, ProviderPageProps } from '../providers/types';
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';
import { composeTitle, DocumentTitle, providerPageName } from './page-title';
import { idProblem } from './route-ids';
import { safeProvider } from './safe-provider';
import { useLeaveGuard } from './use-leave-guard';
import { useProfilePageState } from './use-profile-page-state';
import { useProviderContext } from './use-provider-context';

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
  // A provider with pages opens the one named in params (e.g. { process: "tax-details" }), else its landing.
  const page = entry.pageParam ? session.params[entry.pageParam] : undefined;
  if (entry.pageParam && page !== undefined) params[entry.pageParam] = page;
  const invalid = Object.entries(params)
    .map(([name, value]) => idProblem(value, name))
    .find((problem) => problem !== undefined);
  return { params, missing, ...(invalid && { invalid }) };
}

export function EmbeddedEditor({ session, connection }: Props) {
  const config = useConfig();
  // The portal reads the `error` message's words in the locale of its `init` (kind and field names stay as coded).
  const t = useMessages(appMessages);
  const entry = findProvider(session.provider);
  const resolved = entry ? resolveParams(entry, session) : undefined;
  const problem = !entry
    ? t('embedPage.noProvider', { provider: session.provider, known: knownProviders() })
    : resolved && resolved.missing.length > 0
      ? t('embedPage.needsParams', { provider: entry.label, params: resolved.missing.join(', ') })
      : resolved?.invalid
        ? t('embedPage.invalidId', { problem: resolved.invalid })
        : !config.providers[entry.id]
          ? t('embedPage.notConfigured', { provider: entry.label, id: entry.id })
          : undefined;
  const { send } = connection;
  useEffect(() => {
    if (problem) send({ type: 'error', kind: 'protocol', message: problem });
  }, [problem, send]);

  if (problem || !entry || !resolved) {
    return (
      <Alert severity="error" role="alert">
        <DocumentTitle title={composeTitle(undefined, 'error')} />
        {problem}
      </Alert>
    );
  }
  return <LoadedEditor entry={entry} params={resolved.params} session={session} connection={connection} />;
}

const knownProviders = () => providerRegistry.map((entry) => entry.id).join(', ');

function LoadedEditor(props: Props & { entry: ProviderEntry; params: Record<string, string> }) {
  const { entry } = props;
  const t = useMessages(appMessages);
  const module = useQuery({
    queryKey: ['provider-module', entry.id],
    queryFn: entry.load,
    staleTime: Infinity,
    retry: 1,
  });
  if (module.isError) {
    return (
      <Alert severity="error" role="alert">
        <DocumentTitle title={composeTitle(entry.label, 'error')} />
        {t('provider.editorFailed', { provider: entry.label })}
      </Alert>
    );
  }
  if (!module.data) {
    return <Typography role="status">{t('provider.loadingEditor', { provider: entry.label })}</Typography>;
  }
  return <SafeEditor {...props} provider={module.data} />;
}

function SafeEditor(props: Parameters<typeof ConnectedEditor>[0]) {
  const provider = useMemo(() => safeProvider(props.provider), [props.provider]);
  return <ConnectedEditor {...props} provider={provider} />;
}

function ConnectedEditor(
  props: Props & { entry: ProviderEntry; params: Record<string, string>; provider: ProfileProvider },
) {
  const { entry, provider, connection } = props;
  const config = useConfig();
  const t = useMessages(appMessages);
  const settings = config.providers[entry.id] ?? { baseUrl: '' };
  // A provider with pages: the page opened by init, then wherever the user goes (there are no URLs in a frame).
  const pageParam = provider.pages?.param;
  const requested = pageParam ? props.params[pageParam] : undefined;
  const [page, setPage] = useState(() =>
    requested === undefined ? undefined : (provider.pages?.resolve(requested) ?? null),
  );
  const params = useMemo(() => {
    const { [pageParam ?? '']: _page, ...own } = props.params;
    return pageParam && page ? { ...own, [pageParam]: page } : own;
  }, [props.params, pageParam, page]);
  // Its locale is the one shown: the embed sets it from `?lang=`, `init.locale` or the browser (EmbedApp).
  const ctx = useProviderContext(provider, settings, params);
  const queryClient = useQueryClient();
  const { send } = connection;
  const profile = useProfilePageState(provider, ctx, pageParam && !page ? 'provider' : 'profile');
  const ids = entry.params.map((name) => params[name] ?? '');
  const title = providerPageName(entry.label, ids, pageParam ? { page: page ?? undefined } : undefined);

  // Load failures happen before the form exists: report them too, and retry them with a new token — a few times
  // only, so a host that always answers tokenExpired with a token the provider refuses cannot start a loop.
  const autoRetries = useRef(0);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        if (event.action.type === 'success') autoRetries.current = 0;
        if (event.action.type !== 'error') return;
        const failure = provider.describeError(event.action.error, 'load');
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

  // `saved` names the page that was saved (e.g. { process: "tax-details" }), as init named it.
  const guard = useLeaveGuard();
  const { track } = guard;
  const onEvent = useCallback(
    (event: EditorEvent) => {
      track(event);
      if (event.type === 'saved' && pageParam && page) send({ ...event, params: { [pageParam]: page } });
      else connection.onEditorEvent(event);
    },
    [send, connection, pageParam, page, track],
  );
  const unknownPage =
    page === null ? t('embedPage.unknownPage', { provider: entry.label, page: requested ?? '' }) : undefined;
  useEffect(() => {
    if (unknownPage) send({ type: 'error', kind: 'protocol', message: unknownPage });
  }, [unknownPage, send]);

  const editor = (
    // Keyed by the session (another person's session never sees the previous one's form or draft) and the page.
    <ProfileEditor
      key={`${ctx.sessionKey}/${page ?? ''}`}
      provider={provider}
      ctx={ctx}
      providerLabel={entry.label}
      onEvent={onEvent}
      commands={connection.commands}
      renewCredentials={connection.renewCredentials}
    />
  );
  const pages = provider.pages;
  const titled = <DocumentTitle title={composeTitle(title, unknownPage ? 'not-found' : profile.state)} />;
  if (!pages) {
    return (
      <>
        {titled}
        {editor}
      </>
    );
  }
  if (unknownPage) {
    return (
      <Alert severity="error" role="alert">
        {titled}
        {unknownPage}
      </Alert>
    );
  }
  const pageProps: ProviderPageProps = {
    ctx,
    open: (next) => {
      const discarding = guard.isDirty();
      if (!guard.mayLeave()) return;
      // The host hears that nothing unsaved is left (the landing page has no editor to say so).
      if (discarding) send({ type: 'dirty', dirty: false });
      setPage(next === undefined ? undefined : (pages.resolve(next) ?? null));
    },
    queryKey: profileKeys.provider(ctx.sessionKey, entry.id),
  };
  if (!page) {
    return (
      <>
        {titled}
        <pages.Landing {...pageProps} />
      </>
    );
  }
  return (
    <>
      {titled}
      <pages.Frame {...pageProps} page={page}>
        {editor}
      </pages.Frame>
    </>
  );
}
