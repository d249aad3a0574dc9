// Stands in for MSW's request-cookie parsing in the app's builds (see scripts/vite-plugin-msw-cookie-store.ts). The
// real one parses the Cookie header and document.cookie for a handler's `cookies` argument, which pulls the `cookie`
// package into every sandbox page; no provider sandbox reads cookies or the Cookie header (handlers.test.ts checks).
export function getAllRequestCookies(_request: Request): Record<string, string> {
  return {};
}
