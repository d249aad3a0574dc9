// The material fallback's own words (while its renderer set loads, when it cannot) follow the form's locale.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { messagesReady, setLocale } from '../../../i18n';
import { MaterialFallback } from './MaterialFallback';

const loader = vi.hoisted(() => ({ load: vi.fn<() => Promise<never>>() }));
vi.mock('./load-material', () => ({
  loadedMaterialSet: () => undefined,
  loadMaterialSet: loader.load,
}));

describe('the material fallback in German and Japanese', () => {
  afterEach(() => setLocale('en'));

  it('says it is loading, then that it could not, with a way to try again (German)', async () => {
    await messagesReady('de');
    setLocale('de');
    let fail: (error: Error) => void = () => undefined;
    loader.load.mockImplementation(() => new Promise((_, reject) => (fail = reject)));
    render(<MaterialFallback uischema={{ type: 'Control', scope: '#/properties/a' }} schema={{}} path="" />);
    expect(screen.getByRole('status')).toHaveTextContent('Dieser Teil des Formulars wird geladen…');
    fail(new Error('offline'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Teil des Formulars konnte nicht geladen werden.',
    );
    loader.load.mockImplementation(() => new Promise(() => undefined));
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Dieser Teil des Formulars wird geladen…');
  });

  it('speaks Japanese', async () => {
    await messagesReady('ja');
    setLocale('ja');
    loader.load.mockImplementation(() => new Promise(() => undefined));
    render(<MaterialFallback uischema={{ type: 'Control', scope: '#/properties/a' }} schema={{}} path="" />);
    expect(screen.getByRole('status')).toHaveTextContent('フォームのこの部分を読み込んでいます…');
  });
});
