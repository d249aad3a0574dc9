// The QA kit: the supported way to test an integration of the profile editor with Playwright (see the README,
// "Testing your integration"). Import everything from here: `import { test, expect } from './kit'`.
export { expect } from '@playwright/test';
export { test, type KitFixtures, type KitOptions } from './fixtures';
export { Editor, KitError, type FieldMessage, type PageInventory, type SaveOutcome } from './editor';
export {
  Sandbox,
  type FaultOptions,
  type RequestFilter,
  type RequestKind,
  type SandboxProviderInfo,
  type ScenarioState,
  type SentRequest,
} from './sandbox';
export {
  Portal,
  type EditorEvent,
  type EditorMessage,
  type EditorMessageType,
  type HostMessage,
  type PortalOpenOptions,
} from './portal';
export { names } from './names';
export { portalPath, profilePath, type ScenarioQuery } from './routes';
