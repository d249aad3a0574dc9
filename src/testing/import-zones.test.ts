// @vitest-environment node
// The import zones of eslint.config.js, shown on fixture code linted with ESLint's Node API: a provider importing
// another provider, and tests crossing a boundary, fail the lint; the shared layers stay open.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The project's own config (Vitest runs from the project root); type information is not needed for the zones,
// which keeps this test fast.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

/** The zone messages ESLint reports for `code` placed at `filePath`. */
async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('import zones (eslint.config.js)', () => {
  it('a provider may not import another provider', async () => {
    expect(
      await zoneErrors(
        'src/providers/camunda/camunda-extra.ts',
        "import { wiseSpec } from '../wise/wise-spec';\nexport const spec = wiseSpec;\n",
      ),
    ).toEqual([
      'Imports run one way (ARCHITECTURE.md): provider may not import provider (src/providers/wise).',
    ]);
  });

  it('a new provider folder is a zone of its own with no change to the config', async () => {
    expect(
      await zoneErrors(
        'src/providers/acme/provider.ts',
        "import { camundaSpec } from '../camunda/camunda-spec';\nimport type { ProfileProvider } from '../types';\nexport type P = [ProfileProvider, typeof camundaSpec];\n",
      ),
    ).toEqual([
      'Imports run one way (ARCHITECTURE.md): provider may not import provider (src/providers/camunda).',
    ]);
  });

  it('nor may it load one lazily, nor reach into profile/ or app/', async () => {
    const errors = await zoneErrors(
      'src/providers/navixy/navixy-extra.ts',
      [
        "import { profileKeys } from '../../profile/profile-keys';",
        "import { App } from '../../app/App';",
        "export const load = () => import('../uphold/provider');",
        'export const used = [profileKeys, App];',
        '',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/may not import profile/);
    expect(errors.join('\n')).toMatch(/may not import app/);
    expect(errors.join('\n')).toMatch(/may not import provider \(src\/providers\/uphold\)/);
  });

  it('a provider uses the shared layers; only its sandbox files use the shared sandbox', async () => {
    const shared = [
      "import { generateForm } from '../../forms/generator/generate-form';",
      "import type { HttpClient } from '../../api/http';",
      "import type { ProfileProvider } from '../types';",
      'export type Used = [typeof generateForm, HttpClient, ProfileProvider];',
      '',
    ].join('\n');
    expect(await zoneErrors('src/providers/camunda/camunda-extra.ts', shared)).toEqual([]);
    const sandbox =
      "import { isScenarioActive } from '../../sandbox/scenarios';\nexport const on = isScenarioActive;\n";
    expect(await zoneErrors('src/providers/camunda/sandbox-extra.ts', sandbox)).toEqual([]);
    expect(await zoneErrors('src/providers/camunda/provider-extra.ts', sandbox)).toEqual([
      'Imports run one way (ARCHITECTURE.md): provider may not import sandbox (src/sandbox).',
    ]);
  });

  it('tests follow the same rules: a forms test may not import a provider, nor a provider test another provider', async () => {
    expect(
      await zoneErrors(
        'src/forms/generator/extra.test.ts',
        "import { camundaSpec } from '../../providers/camunda/camunda-spec';\nexport const spec = camundaSpec;\n",
      ),
    ).toEqual([
      'Imports run one way (ARCHITECTURE.md): forms may not import provider (src/providers/camunda).',
    ]);
    expect(
      await zoneErrors(
        'src/providers/wise/extra.test.ts',
        "import { camundaProvider } from '../camunda/provider';\nexport const p = camundaProvider;\n",
      ),
    ).toEqual([
      'Imports run one way (ARCHITECTURE.md): provider may not import provider (src/providers/camunda).',
    ]);
  });

  it('tests may use src/testing; production code may not', async () => {
    const harness =
      "import { setUpProviderSandbox } from '../../testing/provider-sandbox';\nexport const s = setUpProviderSandbox;\n";
    expect(await zoneErrors('src/providers/wise/extra.test.ts', harness)).toEqual([]);
    expect(await zoneErrors('src/providers/wise/extra.ts', harness)).toEqual([
      'Imports run one way (ARCHITECTURE.md): provider may not import testing (src/testing).',
    ]);
  });

  it('the editor, the forms and the embed bridge know no provider, app or each other the wrong way', async () => {
    expect(
      await zoneErrors(
        'src/profile/extra.ts',
        "export const load = () => import('../providers/wise/provider');\n",
      ),
    ).toEqual([
      'Imports run one way (ARCHITECTURE.md): profile may not import provider (src/providers/wise).',
    ]);
    expect(
      await zoneErrors(
        'src/forms/extra.ts',
        "import { profileKeys } from '../profile/profile-keys';\nexport const k = profileKeys;\n",
      ),
    ).toEqual(['Imports run one way (ARCHITECTURE.md): forms may not import profile (src/profile).']);
    expect(
      await zoneErrors(
        'src/embed/extra.ts',
        "import { createCommandChannel } from '../profile/editor-events';\nexport const c = createCommandChannel;\n",
      ),
    ).toEqual(['Imports run one way (ARCHITECTURE.md): embed may not import profile (src/profile).']);
  });

  it('browser specs use the QA kit, not the source', async () => {
    expect(
      await zoneErrors('e2e/extra.spec.ts', "import { test } from './kit';\nexport const t = test;\n"),
    ).toEqual([]);
    expect(
      await zoneErrors(
        'e2e/extra.spec.ts',
        "import { providerRegistry } from '../src/providers';\nexport const r = providerRegistry;\n",
      ),
    ).toEqual(['Imports run one way (ARCHITECTURE.md): e2e may not import providers (src/providers).']);
  });
});
