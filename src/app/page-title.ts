// Page titles: what the page is, then the app's name ("Camunda 7 profile — demo · Profile editor"), with the state
// first when something went wrong ("Error · …", "Not found · …"), so a tab, the history and a screen reader's
// window list say where the person is and whether it worked.
import { useEffect } from 'react';

export const APP_NAME = 'Profile editor';

/** 'ready' covers loading too: the title names the page, the page itself says it is loading. */
export type PageState = 'ready' | 'error' | 'not-found';

const STATE_WORDS: Record<Exclude<PageState, 'ready'>, string> = { error: 'Error', 'not-found': 'Not found' };

export function composeTitle(page: string | undefined, state: PageState = 'ready'): string {
  const parts = [state === 'ready' ? undefined : STATE_WORDS[state], page, APP_NAME];
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
  if (pages) return `${label} — ${pages.page === undefined ? 'overview' : pageSegmentInWords(pages.page)}`;
  return ids.length > 0 ? `${label} profile — ${ids.join(' / ')}` : `${label} profile`;
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
