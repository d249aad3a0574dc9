// Live mode: a mock service worker left registered by an earlier sandbox session on this origin is unregistered,
// so no sandbox code stands between the editor and the real APIs from the next page load on.
export async function forgetSandboxWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
  await Promise.all(
    registrations
      .filter((registration) =>
        [registration.active, registration.waiting, registration.installing].some((worker) =>
          worker?.scriptURL.endsWith('/mockServiceWorker.js'),
        ),
      )
      .map((registration) => registration.unregister()),
  );
}
