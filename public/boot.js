// First paint, before the app's code arrives (a classic script with a src, so the strict Content-Security-Policy
// allows it without 'unsafe-inline'; it blocks rendering for one small same-origin file): marks <html> with the
// colour scheme the person chose in this browser, so the skeleton in index.html is painted in it, and marks the
// embed, whose skeleton has no app chrome. Mirrors src/app/theme/color-scheme.ts (a unit test keeps them agreed).
(function () {
  var root = document.documentElement;
  if (location.pathname === '/embed') {
    root.setAttribute('data-shell', 'embed');
    return;
  }
  try {
    var chosen = window.localStorage.getItem('profile-editor.color-scheme');
    if (chosen === 'light' || chosen === 'dark') root.setAttribute('data-color-scheme', chosen);
  } catch {
    // No storage (a privacy mode): the system's scheme it is.
  }
})();

// React DOM's sentinels, the five errors it throws and recognises to suspend a render, made here for it to take
// (scripts/vite-plugin-react-sentinels.ts): under an inspector (DevTools, a QA team's Playwright run) V8 records each
// new Error's stack with source positions, which it finds by parsing again every function on that stack; here that is
// a few lines, inside React DOM's module it is the whole of React DOM (~0.27 s at 4× CPU while the page loads).
(function () {
  if (typeof Symbol !== 'function') return;
  var made = {};
  [519, 460, 474, 542, 461].forEach(function (code) {
    made[code] = new Error();
  });
  window[Symbol.for('profile-editor.react-sentinels')] = made;
})();

// The code of the page being opened, fetched beside the entry instead of after it: the app (or the embed) and the
// provider named by the address's first segment, as listed by scripts/vite-plugin-route-code.ts in the built
// index.html (the dev server lists nothing). The app's own dynamic imports then find it loaded or on its way.
(function () {
  var meta = document.querySelector('meta[name="route-code"]');
  var path = location.pathname;
  if (!meta || path === '/bench') return;
  var code;
  try {
    code = JSON.parse(meta.getAttribute('content'));
  } catch {
    return; // Nothing preloaded: the app loads its code as it needs it.
  }
  if (!code || typeof code !== 'object') return;
  var lists = path === '/embed' ? [code.embed] : [code.app, code['provider:' + path.split('/')[1]]];
  var seen = {};
  lists.forEach(function (list) {
    if (!Array.isArray(list)) return;
    list.forEach(function (href) {
      if (typeof href !== 'string' || !/^\/\w[\w./-]*\.(js|css)$/.test(href) || seen[href]) return;
      seen[href] = true;
      var link = document.createElement('link');
      var css = /\.css$/.test(href);
      link.rel = css ? 'preload' : 'modulepreload';
      if (css) link.setAttribute('as', 'style');
      // As the app's own preloads (Vite's helper) ask, so the request is the one it reuses.
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
  });
})();

// config.json, asked for while the page is parsed instead of after the app's first module has been evaluated
// (React alone is ~0.1 s at 4× CPU): src/config/early-config.ts hands this request to the boot (src/main.tsx), which
// reads and validates its answer as it would its own. Asked as the boot asks (never from the cache), once, and not
// on /bench.
(function () {
  if (location.pathname === '/bench' || typeof fetch !== 'function' || typeof Symbol !== 'function') return;
  var request = fetch('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' } });
  // The boot reports a failure; the browser need not report it as unhandled too.
  request.catch(function () {});
  window[Symbol.for('profile-editor.config-request')] = request;
})();
