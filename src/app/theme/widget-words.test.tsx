// MUI's own words (a message's close button, the country picker's buttons and states) come from the app's
// messages in the language shown, through the theme.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { ThemeProvider } from '@mui/material/styles';
import { messagesReady } from '../../i18n';
import { widgetWords } from '../app-messages';
import { createAppTheme } from './app-theme';

function Widgets({ locale }: { locale: string }) {
  return (
    <ThemeProvider theme={createAppTheme({ mode: 'light', words: widgetWords(locale) })}>
      <Alert onClose={() => undefined}>Saved</Alert>
      <Autocomplete
        options={['A']}
        value="A"
        renderInput={(params) => <TextField {...params} label="Country" />}
      />
    </ThemeProvider>
  );
}

describe("MUI's own words", () => {
  it('stay English in English', () => {
    render(<Widgets locale="en" />);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toBeInTheDocument();
  });

  it('are German and Japanese in those languages', async () => {
    await Promise.all([messagesReady('de'), messagesReady('ja')]);
    const { unmount } = render(<Widgets locale="de-DE" />);
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öffnen' })).toBeInTheDocument();
    unmount();
    render(<Widgets locale="ja" />);
    expect(screen.getByRole('button', { name: '閉じる' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '開く' })).toBeInTheDocument();
  });
});
