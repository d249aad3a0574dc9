// Stands in for MSW's cookie store in the app's builds (see scripts/vite-plugin-msw-cookie-store.ts). The real
// one emulates cookies that mocked responses set, which pulls tough-cookie and the public-suffix list (tldts,
// ~250 KB) into every sandbox page; no provider sandbox sets cookies. Cookies the page itself holds still reach
// the handlers: MSW reads document.cookie and the Cookie header on its own.
interface StoredCookie {
  key: string;
  value: string;
  toString(): string;
}

let warned = false;

export const cookieStore = {
  getCookies(_url: string): StoredCookie[] {
    return [];
  },
  setCookie(_cookie: string, _url: string): Promise<void> {
    if (!warned && import.meta.env.DEV) {
      warned = true;
      console.warn('Sandbox: a mocked response set a cookie; the sandbox does not store response cookies.');
    }
    return Promise.resolve();
  },
};
