import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AppConfig } from '../config/app-config';
import { ConfigContext } from '../config/config-context';
import { createHostCommands } from '../embed/host-commands';
import type { EmbedConnection, EmbedSession } from '../embed/use-embed-session';
import { messagesReady, setLocale } from '../i18n';
import { findProvider } from '../providers';
import { EmbeddedEditor, resolveParams } from './EmbeddedEditor';

const config: AppConfig = {
  mode: 'sandbox',
  providers: { camunda: { baseUrl: 'http://localhost:8080/engine-rest' } },
  embed: { allowedOrigins: [] },
  markdown: { imageOrigins: [] },
};

const session = (fields: Partial<EmbedSession>): EmbedSession => ({
  key: 1,
  provider: 'camunda',
  params: {},
  theme: {},
  ...fields,
});

function renderEditor(fields: Partial<EmbedSession>, providers = config.providers) {
  const send = vi.fn();
  const connection: EmbedConnection = {
    framed: true,
    session: undefined,
    commands: createHostCommands(),
    send,
    onEditorEvent: send,
    renewCredentials: () => Promise.resolve(),
  };
  render(
    <ConfigContext.Provider value={{ ...config, providers }}>
      <QueryClientProvider client={new QueryClient()}>
        <EmbeddedEditor session={session(fields)} connection={connection} />
      </QueryClientProvider>
    </ConfigContext.Provider>,
  );
  return send;
}

describe('resolveParams', () => {
  const camunda = findProvider('camunda');
  if (!camunda) throw new Error('the registry has no camunda entry');

  it('takes named params, or profileId for the first one', () => {
    expect(resolveParams(camunda, session({ params: { userId: 'mary' } }))).toEqual({
      params: { userId: 'mary' },
      missing: [],
    });
    expect(resolveParams(camunda, session({ profileId: 'demo' }))).toEqual({
      params: { userId: 'demo' },
      missing: [],
    });
    expect(resolveParams(camunda, session({}))).toEqual({ params: {}, missing: ['userId'] });
  });
});

describe('EmbeddedEditor', () => {
  it('tells the user and the host about an unknown provider', () => {
    const send = renderEditor({ provider: 'acme' });
    expect(screen.getByRole('alert')).toHaveTextContent('There is no provider called "acme"');
    expect(send).toHaveBeenCalledWith({
      type: 'error',
      kind: 'protocol',
      message: expect.stringContaining('no provider called "acme"') as string,
    });
  });

  it('says which parameter init is missing', () => {
    const send = renderEditor({});
    expect(screen.getByRole('alert')).toHaveTextContent('Camunda 7 needs userId in init.params');
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', kind: 'protocol' }));
  });

  it('says when the provider is not configured', () => {
    renderEditor({ profileId: 'demo' }, {});
    expect(screen.getByRole('alert')).toHaveTextContent('add providers.camunda.baseUrl to config.json');
  });

  describe("in the locale of the portal's init", () => {
    afterEach(() => setLocale('en'));
    const inLocale = async (locale: string) => {
      await messagesReady(locale);
      setLocale(locale);
    };

    it('tells the user and the host in German; kind stays a code', async () => {
      await inLocale('de-DE');
      const send = renderEditor({ provider: 'acme' });
      const words = 'Es gibt keinen Anbieter namens „acme“';
      expect(screen.getByRole('alert')).toHaveTextContent(words);
      expect(send).toHaveBeenCalledWith({
        type: 'error',
        kind: 'protocol',
        message: expect.stringContaining(words) as string,
      });
    });

    it('explains an id that cannot be one in Japanese', async () => {
      await inLocale('ja-JP');
      const send = renderEditor({ profileId: '..' });
      const words = '「..」は有効な「userId」ではありません。 ID はそのまま送信してください';
      expect(screen.getByRole('alert')).toHaveTextContent(words);
      expect(send).toHaveBeenCalledWith(
        expect.objectContaining({ kind: 'protocol', message: expect.stringContaining(words) as string }),
      );
    });

    it('says in German what is not configured', async () => {
      await inLocale('de');
      renderEditor({ profileId: 'demo' }, {});
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Camunda 7 ist nicht konfiguriert: Tragen Sie providers.camunda.baseUrl in config.json ein.',
      );
    });
  });
});
