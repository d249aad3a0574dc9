// Page titles: what the page is, then the app's name ("Camunda 7 profile — demo · Profile editor"), with the state
// first when something went wrong ("Error · …", "Not found · …"), so a tab, the history and a screen reader's
// window list say where the person is and whether it worked.
import { useEffect } from 'react';
import { appMessages } from './app-messages';

/** The app's name in the language shown ('Profile editor'). */
export const appName = () => appMessages.t('title.appName');

/** 'ready' covers loading too: the title names the page, the page itself says it is loading. */
export type PageState = 'ready' | 'error' | 'not-found';

const stateWords = (state: Exclude<PageState, 'ready'>) =>
  appMessages.t(state === 'error' ? 'title.error' : 'title.notFound');

export function composeTitle(page: string | undefined, state: PageState = 'ready'): string {
  const parts = [state === 'ready' ? undefined : stateWords(state), page, appName()];
  return parts.filter((part) => part !== undefined && part.trim() !== '').join(' · ');
}

/** "customer-due-diligence" → "Customer due diligence": a page segment in words. */
export function pageSegmentInWords(segment: string): string {
  const words = segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The page's name for a provider route: "Camunda 7 profile — demo" (the ids that name the profile), "Navixy
 * profile" (no ids), "Uphold — overview" / "Uphold — Customer due diligence" (a provider with pages).
 */
export function providerPageName(
  label: string,
  ids: readonly string[],
  pages?: { page: string | undefined },
): string {
  const t = appMessages.t;
  if (pages) {
    return pages.page === undefined
      ? t('title.providerOverview', { provider: label })
      : t('title.providerSubpage', { provider: label, page: pageSegmentInWords(pages.page) });
  }
  return ids.length > 0
    ? t('title.providerPageIds', { provider: label, ids: ids.join(' / ') })
    : t('title.providerPage', { provider: label });
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Sets the document's title while rendered (for pages that are not function components of their own). */
export function DocumentTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}
