// `npm run demo:embed`: the editor (dev server) and the demo partner portal (src/embed/demo-host) on two origins.
// Ports: EMBED_EDITOR_PORT (default 5173) and EMBED_HOST_PORT (default 5174); the portal's origin is added to the
// editor's allowed origins for this run (EMBED_ALLOWED_ORIGINS), so any port pair works.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// Vite itself, not through npx, so that stopping this script stops both servers.
const vite = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

const editorPort = Number(process.env.EMBED_EDITOR_PORT ?? 5173);
const hostPort = Number(process.env.EMBED_HOST_PORT ?? 5174);
const editorOrigin = `http://127.0.0.1:${editorPort}`;
const hostOrigin = `http://127.0.0.1:${hostPort}`;

const run = (args, env) =>
  spawn(process.execPath, [vite, ...args, '--host', '127.0.0.1', '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });

const children = [
  run(['--port', String(editorPort)], {
    EMBED_ALLOWED_ORIGINS: [process.env.EMBED_ALLOWED_ORIGINS, hostOrigin].filter(Boolean).join(','),
  }),
  run(['src/embed/demo-host', '--port', String(hostPort)], { VITE_EDITOR_ORIGIN: editorOrigin }),
];

console.info(`\n  Partner portal (demo): ${hostOrigin}/\n  Embedded editor:       ${editorOrigin}/embed\n`);

const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
