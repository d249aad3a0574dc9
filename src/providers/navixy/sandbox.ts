// Navixy sandbox: user/get_info, plugin/list and user/personal_info/update under the API root, with the
// session hash (`Authorization: NVX`, `?hash=` or body `hash`), the error envelope and persisted user info.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { navixyMessages } from './navixy-messages';
import { parseSeed } from '../../sandbox/seed';
import type { ProviderSandbox } from '../types';
import { PERSONAL_INFO_PLUGIN_ID } from './navixy-api';
import { checkUpdate, UPDATE_PARAMETERS, type ParameterError } from './sandbox-rules';

/** Accepted by the update, never returned by get_info. */
const WRITE_ONLY = ['okpo_code', 'state_reg_num'];

const seedUser = (): Record<string, string> => ({
  legal_type: 'individual',
  first_name: 'John',
  middle_name: 'Walker',
  last_name: 'Smith',
  phone: '79123456789',
  post_country: 'USA',
  post_index: '10120',
  post_region: 'NY',
  post_city: 'New York',
  post_street_address: '1556 Broadway, suite 416',
  registered_country: 'USA',
  registered_index: '10120',
  registered_region: 'NY',
  registered_city: 'New York',
  registered_street_address: '1556 Broadway, suite 416',
  tin: '2345678239',
  iec: '',
  legal_name: 'QWER Inc.',
  okpo_code: '',
  state_reg_num: '',
});

const user = createPersistedStore('navixy.user', seedUser);

const seedSchema = v.strictObject(
  Object.fromEntries(UPDATE_PARAMETERS.map((key) => [key, v.optional(v.string())])),
);

const PLUGINS = [
  { id: 4, type: 'tracker_report', module: 'com.navixy.plugin.tracker.report.trip', ui_module: 'Trip' },
  {
    id: PERSONAL_INFO_PLUGIN_ID,
    type: 'user_personal_info',
    module: 'com.navixy.plugin.user.personal_info',
    ui_module: 'PersonalInfo',
  },
].map((plugin) => ({ ...plugin, filter: { exclusion: true, values: [] } }));

const DESCRIPTIONS: Record<number, string> = {
  4: 'User or API key not found or session ended',
  5: 'Wrong request format',
  7: 'Invalid parameters',
  222: 'Plugin not found',
};

/** Navixy's error envelope; its default HTTP status is 400. */
const navixyError = (code: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { success: false, status: { code, description: DESCRIPTIONS[code] ?? 'Error' }, ...extra },
    { status: 400 },
  );

const invalid = (errors: ParameterError[]) => navixyError(7, { errors });

function hashOf(request: Request, body: Record<string, unknown> | undefined): string | undefined {
  const header = /^NVX\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  const query = new URL(request.url).searchParams.get('hash') ?? undefined;
  const inBody = typeof body?.hash === 'string' ? body.hash : undefined;
  return header ?? query ?? inBody;
}

/** Code 4 when there is no session hash or the `session-expired` scenario is on. */
const sessionFailure = (request: Request, body?: Record<string, unknown>) =>
  !hashOf(request, body) || isScenarioActive('navixy', 'session-expired') ? navixyError(4) : undefined;

const hasPlugin = () => !isScenarioActive('navixy', 'no-plugin');

async function readBody(request: Request): Promise<Record<string, unknown> | undefined> {
  if (request.method === 'GET') return {};
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export const navixySandbox: ProviderSandbox = {
  scenarios: [
    {
      name: 'no-plugin',
      applies: 'reload',
      get description() {
        return navixyMessages.t('scenarios.noPlugin');
      },
    },
    {
      name: 'session-expired',
      applies: 'now',
      get description() {
        return navixyMessages.t('scenarios.sessionExpired');
      },
    },
    {
      name: 'invalid-tin',
      applies: 'now',
      get description() {
        return navixyMessages.t('scenarios.invalidTin');
      },
    },
  ],
  examples: [{ params: {}, description: 'John Smith, individual, New York' }],
  reset: () => user.reset(),
  seed(_params, record) {
    const fields = parseSeed(seedSchema, record, 'navixy');
    const set = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
    user.update((current) => ({ ...current, ...Object.fromEntries(set) }));
  },
  handlers(baseUrl) {
    const getInfo = async ({ request }: { request: Request }) => {
      const body = await readBody(request);
      if (!body) return navixyError(5);
      const denied = sessionFailure(request, body);
      if (denied) return denied;
      const stored = user.get();
      const info = Object.fromEntries(Object.entries(stored).filter(([key]) => !WRITE_ONLY.includes(key)));
      const title = [stored.first_name, stored.last_name].filter(Boolean).join(' ');
      return HttpResponse.json({
        success: true,
        paas_id: 7,
        user_info: {
          id: 43568,
          login: 'demo@navixy.com',
          title: stored.legal_type === 'legal_entity' && stored.legal_name ? stored.legal_name : title,
          creation_date: '2016-05-20 01:10:34',
          locale: 'en_US',
          demo: false,
          verified: true,
          ...info,
        },
      });
    };
    const listPlugins = async ({ request }: { request: Request }) => {
      const body = await readBody(request);
      if (!body) return navixyError(5);
      const denied = sessionFailure(request, body);
      if (denied) return denied;
      const list = PLUGINS.filter((p) => p.id !== PERSONAL_INFO_PLUGIN_ID || hasPlugin());
      return HttpResponse.json({ success: true, list });
    };
    return [
      http.get(`${baseUrl}/user/get_info`, getInfo),
      http.post(`${baseUrl}/user/get_info`, getInfo),
      http.get(`${baseUrl}/plugin/list`, listPlugins),
      http.post(`${baseUrl}/plugin/list`, listPlugins),
      http.post(`${baseUrl}/user/personal_info/update`, async ({ request }) => {
        const body = await readBody(request);
        if (!body) return navixyError(5);
        const denied = sessionFailure(request, body);
        if (denied) return denied;
        if (!hasPlugin()) return navixyError(222);
        const errors = checkUpdate(body);
        if (errors.length > 0) return invalid(errors);
        if (isScenarioActive('navixy', 'invalid-tin') && typeof body.tin === 'string') {
          return invalid([{ parameter: 'tin', error: 'is not a valid taxpayer identification number' }]);
        }
        // Omitted parameters are left as they are (the phone: "Not changes if not passed").
        user.update((current) => {
          const next = { ...current };
          for (const key of UPDATE_PARAMETERS) {
            if (typeof body[key] === 'string') next[key] = body[key];
          }
          return next;
        });
        return HttpResponse.json({ success: true });
      }),
    ];
  },
};
