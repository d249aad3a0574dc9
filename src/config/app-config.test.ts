import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from './app-config';
import { loadConfig } from './load-config';
import shipped from '../../public/config.json';

const valid = {
  mode: 'sandbox',
  providers: { camunda: { baseUrl: 'http://localhost:8080/engine-rest/' } },
  embed: { allowedOrigins: ['https://portal.example.com'] },
};

const fieldOf = (raw: unknown) => {
  try {
    validateConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.field;
    throw error;
  }
  return 'no error';
};

describe('validateConfig', () => {
  it('accepts the shipped config.json', () => {
    expect(validateConfig(shipped).mode).toBe('sandbox');
  });

  it('normalises base URLs and origins', () => {
    const config = validateConfig(valid);
    expect(config.providers.camunda?.baseUrl).toBe('http://localhost:8080/engine-rest');
    expect(config.embed.allowedOrigins).toEqual(['https://portal.example.com']);
  });

  it('names the bad field', () => {
    expect(fieldOf({ ...valid, mode: 'production' })).toBe('mode');
    expect(fieldOf({ ...valid, providers: [] })).toBe('providers');
    expect(fieldOf({ ...valid, providers: { wise: { baseUrl: 'not a url' } } })).toBe(
      'providers.wise.baseUrl',
    );
    expect(fieldOf({ ...valid, providers: { wise: { baseUrl: 'ftp://x.example' } } })).toBe(
      'providers.wise.baseUrl',
    );
    expect(fieldOf({ ...valid, embed: { allowedOrigins: ['https://a.example/path'] } })).toBe(
      'embed.allowedOrigins[0]',
    );
    expect(fieldOf('[]')).toBe('');
  });
});

describe('loadConfig', () => {
  const respond =
    (body: string, status = 200) =>
    () =>
      Promise.resolve(new Response(body, { status }));

  it('explains a missing file, bad JSON and a network failure', async () => {
    await expect(loadConfig('/config.json', respond('', 404))).rejects.toThrow(/missing.*404/);
    await expect(loadConfig('/config.json', respond('{ mode: '))).rejects.toThrow(/not valid JSON/);
    await expect(loadConfig('/config.json', () => Promise.reject(new TypeError('offline')))).rejects.toThrow(
      /could not be fetched/,
    );
  });

  it('returns the validated config', async () => {
    await expect(loadConfig('/config.json', respond(JSON.stringify(valid)))).resolves.toMatchObject({
      mode: 'sandbox',
    });
  });
});

describe('markdown.imageOrigins', () => {
  it('defaults to none, and takes https origins only', () => {
    expect(validateConfig(valid).markdown?.imageOrigins).toEqual([]);
    expect(
      validateConfig({ ...valid, markdown: { imageOrigins: ['https://img.example.com/'] } }).markdown,
    ).toEqual({ imageOrigins: ['https://img.example.com'] });
    expect(fieldOf({ ...valid, markdown: { imageOrigins: ['http://img.example.com'] } })).toBe(
      'markdown.imageOrigins[0]',
    );
  });
});
