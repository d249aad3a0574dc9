// A page on a non-allowed origin, framed next to the editor, that tries to drive it: the editor must ignore it.
import { envelope, type HostMessage } from '../protocol';

const attempts: HostMessage[] = [
  { type: 'token', token: 'stolen-token' },
  { type: 'reset' },
  { type: 'save' },
  { type: 'init', provider: 'camunda', params: { userId: 'john' }, token: 'stolen-token' },
];
const target = window.parent.frames[0];
let posted = 0;
for (const message of attempts) {
  target?.postMessage(envelope(message), '*');
  posted += 1;
}
const output = document.getElementById('posted');
if (output) output.textContent = String(posted);
