// The same sandbox handlers in Node, for Vitest: `const server = await startNodeSandbox()`.
import { setupServer } from 'msw/node';
import defaultConfig from '../../public/config.json';
import { validateConfig } from '../config/app-config';
import { loadSandboxes, sandboxHandlers } from './handlers';

export const sandboxConfig = validateConfig(defaultConfig);

export async function createNodeSandbox() {
  const sandboxes = await loadSandboxes();
  const server = setupServer(...sandboxHandlers(sandboxes, sandboxConfig.providers));
  return { server, sandboxes, resetState: () => sandboxes.forEach((s) => s.reset()) };
}
