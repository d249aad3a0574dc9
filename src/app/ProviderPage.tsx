// /<provider>/<params…>: finds the provider, loads its code on demand, and renders the editor for it under the way
// back (breadcrumbs), the page's heading and whose profile it is; the page's title says which profile and whether
// it loaded.
import { lazy, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { credentials, subjectOfCredential } from '../api/credentials';
import { useConfig } from '../config/config-context';
import { OnDemand } from '../forms/on-demand';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { useMessages } from '../i18n';
import { ProfileEditor } from '../profile/ProfileEditor';
import type { ProviderEntry } from '../providers';
import type { ProfileProvider } from '../providers/types';
import { aroundSlot, appMessages } from './app-messages';
import { NotFoundPage } from './NotFoundPage';
import { composeTitle, DocumentTitle, pageSegmentInWords, providerPageName } from './page-title';
import { PagedProvider, providerBase } from './PagedProvider';
import { ownerLine, ProfileOwner } from './ProfileOwner';
import { ProviderBreadcrumbs, type Crumb } from './ProviderBreadcrumbs';
import { providerRouteOf } from './provider-route';
import { safeProvider } from './safe-provider';
import { useProfilePageState } from './use-profile-page-state';
import { useProviderContext } from './use-provider-context';
import './provider-heading.css';

// Loaded when shown (a page without its ids; a session that ended in live mode): MUI's TextField and Dialog stay
// out of the editor's first load.
const AskForParams = lazy(async () => ({ default: (await import('./AskForParams')).AskForParams }));
const SignInDialog = lazy(async () => ({ default: (await import('./SignInDialog')).SignInDialog }));

export function ProviderPage() {
  // The address as the browser holds it (still percent-encoded): provider-route.ts decodes each id once.
  const route = providerRouteOf(useLocation().pathname);
  switch (route.kind) {
    case 'unknown-provider':
      return <NotFoundPage message={`There is no provider called "${route.providerId}".`} />;
    case 'not-found':
      return <NotFoundPage message={route.message} />;
    case 'ask':
      return (
        <>
          <ProviderBreadcrumbs trail={[{ label: route.entry.label }]} />
          <OnDemand>
            <AskForParams entry={route.entry} known={route.known} />
          </OnDemand>
        </>
      );
    case 'editor': {
      const { entry, params, ids, page, rest } = route;
      return (
        <>
          <ProviderBreadcrumbs trail={providerTrail(entry, params, ids, page)} />
          <LoadedProvider
            key={`${entry.id}/${rest}`}
            entry={entry}
            params={params}
            title={providerPageName(entry.label, ids, entry.pageParam ? { page } : undefined)}
          />
        </>
      );
    }
  }
}

/** Provider › its ids › its page: every step but the last one links back. */
function providerTrail(
  entry: ProviderEntry,
  params: Record<string, string>,
  ids: string[],
  page: string | undefined,
): Crumb[] {
  const trail: Crumb[] = [{ label: entry.label, to: `/${entry.id}` }];
  if (ids.length > 0) trail.push({ label: ids.join(' / '), to: providerBase(entry, params) });
  if (page !== undefined) trail.push({ label: pageSegmentInWords(page) });
  // The last step is the page itself: not a link.
  const last = trail[trail.length - 1];
  if (last) trail[trail.length - 1] = { label: last.label };
  return trail;
}

interface LoadedProviderProps {
  entry: ProviderEntry;
  params: Record<string, string>;
  /** The page's name in the title ("Camunda 7 profile — demo"). */
  title: string;
}

function LoadedProvider({ entry, params, title }: LoadedProviderProps) {
  const config = useConfig();
  const t = useMessages(appMessages);
  const module = useQuery({
    queryKey: ['provider-module', entry.id],
    queryFn: entry.load,
    // Loaded already (the boot started it beside config.json): the editor renders in this first render.
    initialData: entry.loaded?.(),
    staleTime: Infinity,
    retry: 1,
  });
  const settings = config.providers[entry.id];
  if (!settings) {
    const [beforeKey, afterKey] = aroundSlot((key) =>
      t('provider.notConfigured', { provider: entry.label, key }),
    );
    return (
      <>
        <DocumentTitle title={composeTitle(title, 'error')} />
        <ProviderHeading label={entry.label} />
        <Alert severity="error" role="alert">
          {beforeKey}
          <code>{`providers.${entry.id}.baseUrl`}</code>
          {afterKey}
        </Alert>
      </>
    );
  }
  if (module.isError) {
    return (
      <>
        <DocumentTitle title={composeTitle(title, 'error')} />
        <ProviderHeading label={entry.label} />
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => void module.refetch()}>{t('provider.tryAgain')}</Button>}
        >
          {t('provider.editorFailed', { provider: entry.label })}
        </Alert>
      </>
    );
  }
  if (!module.data) {
    return (
      <>
        <DocumentTitle title={composeTitle(title)} />
        <ProviderHeading label={entry.label} />
        <Typography role="status">{t('provider.loadingEditor', { provider: entry.label })}</Typography>
      </>
    );
  }
  return (
    <SafeProviderEditor
      entry={entry}
      provider={module.data}
      settings={settings}
      params={params}
      title={title}
    />
  );
}

function SafeProviderEditor(props: Parameters<typeof ProviderEditor>[0]) {
  const provider = useMemo(() => safeProvider(props.provider), [props.provider]);
  return <ProviderEditor {...props} provider={provider} />;
}

function ProviderEditor(
  props: LoadedProviderProps & { provider: ProfileProvider; settings: { baseUrl: string } },
) {
  const { entry, provider, settings, params, title } = props;
  const config = useConfig();
  const t = useMessages(appMessages);
  const ctx = useProviderContext(provider, settings, params);
  const pages = provider.pages;
  const page = pages ? params[pages.param] : undefined;
  const profile = useProfilePageState(provider, ctx, pages && page === undefined ? 'provider' : 'profile');
  // An unknown page is the not-found page's to title.
  const unknownPage = pages !== undefined && page !== undefined && pages.resolve(page) === undefined;
  const [asking, setAsking] = useState(false);
  // Mounted from the first ask on, so that closing keeps the dialog's exit transition.
  const [askedOnce, setAskedOnce] = useState(false);
  if (asking && !askedOnce) setAskedOnce(true);
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
      {!unknownPage && <DocumentTitle title={composeTitle(title, profile.state)} />}
      {afresh && (
        <Alert severity="info" role="status" sx={{ mb: 2 }} onClose={() => setAfresh(false)}>
          {t('provider.afresh')}
        </Alert>
      )}
      {pages ? (
        <>
          <ProfileOwner owner={profile.owner} />
          <PagedProvider entry={entry} pages={pages} params={params} ctx={ctx}>
            {editor}
          </PagedProvider>
        </>
      ) : (
        <>
          <ProviderHeading label={entry.label} withOwner={ownerLine(profile.owner) !== undefined} />
          <ProfileOwner owner={profile.owner} />
          {editor}
        </>
      )}
      {askedOnce && (
        <OnDemand>
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
        </OnDemand>
      )}
    </>
  );
}

/** The page's one h1, also while the provider's code loads or when it cannot: a page is never without its heading. */
function ProviderHeading({ label, withOwner = false }: { label: string; withOwner?: boolean }) {
  const t = useMessages(appMessages);
  const themeClass = useFieldThemeClass();
  const spacing = withOwner ? ' pe-provider-heading--with-owner' : '';
  return (
    <h1 className={`pe-provider-heading${spacing} ${themeClass}`}>
      {t('provider.heading', { provider: label })}
    </h1>
  );
}
