// The contract every provider adapter fulfils: load a form, save a draft, and explain its own errors.
import type { JsonFormsRendererRegistryEntry, JsonSchema, UISchemaElement } from '@jsonforms/core';
import type { HttpClient } from '../api/http';
import type { CountryOption } from '../forms/renderers/country/country-option';
import type { ControlValidator } from '../forms/validation/control-validator';
import type { RequestHandler } from 'msw';
import type { ComponentType, ReactNode } from 'react';

export type FormData = Record<string, unknown>;

/** What the editor renders. */
export interface ProfileForm {
  schema: JsonSchema;
  uischema: UISchemaElement;
  data: FormData;
  /** The whole form may not change; the reason is shown above it. */
  readOnly?: { reason: string } | undefined;
  /** Informational lines shown above the form (e.g. "last confirmed on …"). */
  notices?: string[] | undefined;
  /**
   * 'form': one Save for everything. 'category': the uischema is a Categorization and each category is
   * saved on its own (`part` = the category's index as a string).
   */
  saveBy?: 'form' | 'category';
  /** Whose profile this is, as the provider's data says (shown above the form when present). */
  owner?: { name?: string | undefined; contact?: string | undefined } | undefined;
  /** Provider-private state carried from load to save (verification status, etags …). Never rendered. */
  meta?: Record<string, unknown> | undefined;
}

export interface ProviderContext {
  http: HttpClient;
  /**
   * Identifies the person whose data this context reads and writes. Everything kept per user (query cache
   * entries, drafts, pending saves) is keyed by it, so another user's session never sees or sends it. It changes
   * when another user signs in and stays the same when the same user's token is refreshed.
   */
  sessionKey: string;
  /** Route parameters, e.g. { userId: 'demo' } for /camunda/:userId. */
  params: Readonly<Record<string, string | undefined>>;
  /** BCP 47 locale of the user, e.g. 'en-GB'. */
  locale: string;
  signal?: AbortSignal | undefined;
}

export interface SaveRequest {
  /** Everything the form holds now. */
  draft: FormData;
  /** The form as last loaded or saved. */
  base: ProfileForm;
  /** With saveBy 'category': which category is being saved. */
  part?: string | undefined;
}

/** A message for one field; `path` is a JSON pointer into the form data ('/address/city'). */
export interface FieldError {
  path: string;
  message: string;
}

export type FailureKind =
  'validation' | 'auth' | 'read-only' | 'not-found' | 'conflict' | 'unavailable' | 'server' | 'network';

/** A provider's explanation of an error, in words a person understands. */
export interface ProviderFailure {
  kind: FailureKind;
  /** Form-level message; shown in an alert. */
  message: string;
  fieldErrors: FieldError[];
  requestId?: string | undefined;
}

/** When an error happened: reading the profile, saving it, or running a provider action (e.g. "still correct"). */
export type ProviderErrorSituation = 'load' | 'save' | 'action';

/** A secondary action beside Save (e.g. Wise's "My details are still correct"). */
export interface ProviderAction {
  id: string;
  label: string;
  description?: string;
  successMessage: string;
  /** Whether to offer the action for this form. */
  available?(form: ProfileForm): boolean;
  run(ctx: ProviderContext, base: ProfileForm): Promise<ProfileForm>;
}

export interface ProfileProvider {
  /** The registry id (a test checks that each registry entry loads the provider with its own id). */
  id: string;
  load(ctx: ProviderContext): Promise<ProfileForm>;
  save(ctx: ProviderContext, request: SaveRequest): Promise<ProfileForm>;
  /** Turns anything load or save threw into a ProviderFailure. */
  describeError(error: unknown, situation?: ProviderErrorSituation): ProviderFailure;
  /** The Authorization header for a credential; default `Bearer <token>`. */
  authorization?(token: string): string;
  /** Extra JSON Forms renderers this provider's forms need (registered above the shared set). */
  renderers?: JsonFormsRendererRegistryEntry[];
  actions?: ProviderAction[];
  /** Named country lists for the shared country picker (`options.country.source`). */
  countrySources?: Record<string, (ctx: ProviderContext) => Promise<CountryOption[]>>;
  /** Checks beyond JSON Schema that this provider's forms need (run with the shared ones). */
  validators?: ControlValidator[];
  /**
   * Values that must never leave memory (passwords): removed from the data before it is cached,
   * stored as a draft or logged. JSON pointers.
   */
  secretPaths?: string[];
  /** Several pages behind one optional route parameter, with a landing page (see ProviderPages). */
  pages?: ProviderPages;
  /** How this provider's values are re-read and merged before a save (default: load, whole record). */
  conflicts?: ConflictPolicy;
}

/**
 * How a provider's values are checked for changes made elsewhere before a save (src/profile/rebase.ts merges
 * the user's changes into a fresh read; the same field changed on both sides is asked about, never overwritten).
 */
export interface ConflictPolicy {
  /**
   * 'changed-fields': the write carries only what changed (PATCH); 'whole-record': it replaces the record, so the
   * fields the user did not change are sent with the values just re-read.
   */
  writes: 'changed-fields' | 'whole-record';
  /** Reads the provider's current values (default: `load`). */
  reread?: (ctx: ProviderContext, base: ProfileForm) => Promise<ProfileForm>;
  /** The values the provider stores for a draft (trimmed, digits-only phone …): tells whether a write landed. */
  normalise?: (data: FormData) => FormData;
  /** Repeating the write is harmless (an idempotent PUT): it may be retried after a network failure. */
  idempotentWrite?: boolean;
}

/** What the app or the embed gives a provider's landing page and page frame. */
export interface ProviderPageProps {
  ctx: ProviderContext;
  /** Opens a page; without one, the landing page. */
  open: (page?: string) => void;
  /** The address of a page where the host has addresses (the app; the embed has none). */
  href?: ((page?: string) => string) | undefined;
  /** Prefix for the query keys of the page's own reads, so they are kept and cleared with the session's. */
  queryKey: readonly unknown[];
}

/**
 * A provider whose route ends in an optional parameter naming one of several pages (Uphold: `/uphold/:process`),
 * with a landing page when it is absent. Each page is edited by the shared editor with `ctx.params[param]` set;
 * the provider's Frame surrounds it (heading, the way back, or a reason instead of the editor).
 */
export interface ProviderPages {
  /** The route parameter's name; the registry entry's `pageParam`. */
  param: string;
  /** The canonical name of a page from a route segment or an alias, or undefined when there is no such page. */
  resolve: (segment: string) => string | undefined;
  Landing: ComponentType<ProviderPageProps>;
  Frame: ComponentType<ProviderPageProps & { page: string; children: ReactNode }>;
}

/** A named fault a QA engineer can switch on in the sandbox (`?scenario=<provider>:<name>`). */
export interface SandboxScenario {
  name: string;
  /** What happens, in plain words and in the locale shown (a getter over the provider's messages). */
  readonly description: string;
  /**
   * When switching it shows: 'now' (the next request, e.g. a save, meets it) or 'reload' (it changes what the
   * profile reads as: reload the page to see it).
   */
  applies: 'now' | 'reload';
}

/** A profile the sandbox holds from the start, offered as an example in sandbox mode. */
export interface SandboxExample {
  /** The route parameters that open it (e.g. { userId: 'demo' }); {} for providers without parameters. */
  params: Record<string, string>;
  /** Who it is, in a few words (e.g. 'Oliver Wilson, verified'). */
  description: string;
}

export interface ProviderSandbox {
  /** MSW handlers serving the provider's real URLs under `baseUrl`. */
  handlers(baseUrl: string): RequestHandler[];
  scenarios: SandboxScenario[];
  /** The seeded profiles; the first is the one the demo portal and the QA kit open by default. */
  examples: SandboxExample[];
  /** Clears the persisted sandbox state (tests). */
  reset(): void;
  /**
   * Sets up a profile for a test: merges `record` (in the provider API's own shape, as its read returns it) into
   * the stored profile that `params` names, creating it when there is none. Throws with a readable reason when the
   * record does not fit the provider's shape.
   */
  seed(params: Record<string, string>, record: Record<string, unknown>): void;
}
