// The page shown when config.json cannot be used speaks the language chosen before it was read (`?lang=`, the
// browser): its heading, the problem and the way to fix it; the field's path stays as written in the file.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { validateConfig } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { messagesReady, setLocale } from '../i18n';
import { ConfigErrorPage } from './ConfigErrorPage';

const problem = (raw: unknown) => {
  try {
    validateConfig(raw);
  } catch (error) {
    return error;
  }
  throw new Error('the config was valid');
};

const showIn = async (locale: string, error: unknown) => {
  await messagesReady(locale);
  setLocale(locale);
  render(<ConfigErrorPage error={error} />);
};

describe('the config error page', () => {
  afterEach(() => setLocale('en'));

  it('keeps its English words', async () => {
    await showIn('en', problem({ mode: 'live', providers: { wise: { baseUrl: 'ftp://x' } } }));
    expect(screen.getByRole('heading', { name: 'The profile editor could not start' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'config.json: the field "providers.wise.baseUrl" is not valid' +
        'providers.wise.baseUrl: "ftp://x" must start with https:// (or http:// for local development).',
    );
    expect(screen.getByText(/reads its settings from/)).toHaveTextContent(
      'The editor reads its settings from /config.json when it starts. Expected shape:',
    );
  });

  it('speaks German: heading, problem, the way to fix it', async () => {
    await showIn('de-DE', problem({ mode: 'prod', providers: {} }));
    expect(screen.getByRole('heading', { name: 'Der Profil-Editor konnte nicht starten' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('config.json: Das Feld "mode" ist ungültig');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'mode: Muss "sandbox" oder "live" sein (gefunden: "prod").',
    );
    expect(screen.getByText(/liest seine Einstellungen/)).toHaveTextContent(
      'Der Editor liest seine Einstellungen beim Start aus /config.json. Erwarteter Aufbau:',
    );
    expect(screen.getByLabelText('Erwarteter Aufbau von config.json')).toBeVisible();
    expect(document.title).toContain('Start fehlgeschlagen');
  });

  it('speaks Japanese, also for a config.json that is missing', async () => {
    const missing = await loadConfig('/config.json', () =>
      Promise.resolve(new Response('', { status: 404 })),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    await showIn('ja', missing);
    expect(
      screen.getByRole('heading', { name: 'プロフィールエディターを起動できませんでした' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('config.json を使用できませんでした');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'config.json がありません。/config.json は HTTP 404 を返しました。',
    );
  });
});
