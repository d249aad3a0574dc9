// The demo partner portal: embeds the editor from another origin, sends init (provider, profile, token, theme),
// shows every event the editor sends, and offers save / reset / a new token. A model for partners' own code.
import { providerRegistry, type ProviderEntry } from '../../providers';
import { envelope, type EditorMessage, type HostMessage } from '../protocol';
import { parseEditorMessage } from '../validate-message';

const editorOrigin = new URL(
  (import.meta.env.VITE_EDITOR_ORIGIN as string | undefined) ?? 'http://127.0.0.1:5173',
).origin;
// ?mode=dark shows the portal and the editor in dark mode.
const mode = new URLSearchParams(window.location.search).get('mode') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.mode = mode;
const brand = {
  primaryColor: mode === 'dark' ? '#4fd1c5' : '#0b7a75',
  fontFamily: '"Trebuchet MS", Helvetica, sans-serif',
  radius: 10,
  mode,
} as const;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const frame = element<HTMLIFrameElement>('editor');
const picker = element<HTMLSelectElement>('provider');
const events = element<HTMLOListElement>('events');
const heightOutput = element<HTMLOutputElement>('height');
const dirtyOutput = element<HTMLOutputElement>('dirty');
let dirty = false;
element('editor-origin').textContent = editorOrigin;

// In a real portal the token comes from your backend (a short-lived session for this user), never from a URL.
const newToken = () => `demo-${crypto.randomUUID()}`;
let token = newToken();

const query = new URLSearchParams(window.location.search);
/** The profile to open: the provider's parameters from this page's query (?userId=john), else the sandbox's first
 * example profile (a real portal knows its user's profile id). */
const paramsOf = async (entry: ProviderEntry): Promise<Record<string, string>> => {
  const given = entry.params.flatMap((name) => {
    const value = query.get(name);
    return value ? [[name, value] as const] : [];
  });
  if (given.length === entry.params.length) return Object.fromEntries(given);
  const example = (await entry.loadSandbox()).examples[0];
  return { ...example?.params, ...Object.fromEntries(given) };
};

for (const entry of providerRegistry) picker.append(new Option(entry.label, entry.id));
const requested = query.get('provider');
if (requested && providerRegistry.some((entry) => entry.id === requested)) picker.value = requested;

const send = (message: HostMessage) => frame.contentWindow?.postMessage(envelope(message), editorOrigin);

const init = async () => {
  const entry = providerRegistry.find((candidate) => candidate.id === picker.value);
  if (!entry) return;
  send({
    type: 'init',
    provider: entry.id,
    params: await paramsOf(entry),
    token,
    // ?locale=de-DE: the locale a portal's user chose (default: the browser's).
    locale: query.get('locale') ?? navigator.language,
    theme: brand,
  });
};

const describe = (message: EditorMessage) => {
  const { type, ...rest } = message;
  return Object.keys(rest).length > 0 ? `${type} ${JSON.stringify(rest)}` : type;
};

let lastResize: HTMLLIElement | undefined;
const log = (message: EditorMessage) => {
  // Consecutive resizes update one line instead of flooding the log.
  if (message.type === 'resize' && lastResize) {
    lastResize.textContent = describe(message);
    return;
  }
  const item = document.createElement('li');
  item.textContent = describe(message);
  events.append(item);
  lastResize = message.type === 'resize' ? item : undefined;
  events.scrollTop = events.scrollHeight;
};

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== editorOrigin || event.source !== frame.contentWindow) return;
  const parsed = parseEditorMessage(event.data);
  if (!parsed.ok) return;
  const message = parsed.message;
  log(message);
  if (message.type === 'ready') void init();
  if (message.type === 'resize') {
    frame.style.height = `${message.height}px`;
    heightOutput.textContent = `${message.height} px`;
  }
  if (message.type === 'dirty') {
    dirty = message.dirty;
    dirtyOutput.textContent = dirty ? 'yes' : 'no';
  }
  if (message.type === 'tokenExpired') {
    token = newToken();
    send({ type: 'token', token });
  }
});

// A portal can warn before the user leaves with unsaved changes, or before switching provider.
window.addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});
picker.addEventListener('change', () => {
  if (!dirty || window.confirm('Discard your unsaved changes?')) void init();
});
element('save').addEventListener('click', () => send({ type: 'save' }));
element('reset').addEventListener('click', () => send({ type: 'reset' }));
element('new-token').addEventListener('click', () => {
  token = newToken();
  send({ type: 'token', token });
});

// Sandbox scenarios given to this page (?latency, ?fail, ?scenario) are passed on to the editor.
const forwarded = new URLSearchParams();
for (const [key, value] of new URLSearchParams(window.location.search)) {
  if (['latency', 'fail', 'scenario'].includes(key)) forwarded.set(key, value);
}
frame.src = `${editorOrigin}/embed${forwarded.size > 0 ? `?${forwarded.toString()}` : ''}`;
