// A provider with pages (Uphold: /uphold is its overview, /uphold/<process> one process): its landing page without
// a page parameter, else the page's frame around the editor.
import type { ReactNode } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { profileKeys } from '../profile/profile-keys';
import type { ProviderEntry } from '../providers';
import type { ProfileProvider, ProviderPageProps } from '../providers/types';
import { NotFoundPage } from './NotFoundPage';

/** The address of the provider's landing page: /<id>/<its params…>. */
export const providerBase = (entry: ProviderEntry, params: Record<string, string>) =>
  `/${[entry.id, ...entry.params.map((name) => encodeURIComponent(params[name] ?? ''))].join('/')}`;

export function PagedProvider(props: {
  entry: ProviderEntry;
  pages: NonNullable<ProfileProvider['pages']>;
  params: Record<string, string>;
  ctx: ProviderPageProps['ctx'];
  children: ReactNode;
}) {
  const { entry, pages, params, ctx, children } = props;
  const navigate = useNavigate();
  const base = providerBase(entry, params);
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
