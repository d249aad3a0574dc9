// When the app's own code cannot be fetched at start (the connection dropped, a deploy replaced the files), the
// first paint's "Loading…" must not stay for ever: the skeleton says what happened and offers to reload. Plain DOM
// (no React, no code to fetch), in English like the skeleton in index.html.
export const LOAD_FAILURE_TEXT =
  'The profile editor could not be loaded. Check your connection, then reload the page. Nothing you typed here before is lost: unsaved changes stay on this device.';

export function showLoadFailure(root: HTMLElement): void {
  const box = document.createElement('div');
  box.className = 'boot-failure';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = LOAD_FAILURE_TEXT;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(text, reload);
  const main = root.querySelector('.boot-main');
  (main ?? root).replaceChildren(box);
  reload.focus();
}
