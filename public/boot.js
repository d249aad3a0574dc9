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
