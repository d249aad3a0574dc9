// /<provider> without the profile's id: asks for it (in sandbox mode it also offers the sandbox's example profiles).
import { lazy, Suspense, useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { useConfig } from '../config/config-context';
import { useLocale, useMessages } from '../i18n';
import { entryParamWords, type ProviderEntry } from '../providers';
import { appMessages } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';
import { idProblem } from './route-ids';

const SandboxExamples = lazy(async () => ({
  default: (await import('../sandbox/SandboxExamples')).SandboxExamples,
}));

export function AskForParams({ entry, known }: { entry: ProviderEntry; known: string[] }) {
  const config = useConfig();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const label = entryParamWords(entry, known.length, useLocale());
  const problem = value === '' ? undefined : idProblem(value.trim(), label);
  const t = useMessages(appMessages);
  useDocumentTitle(composeTitle(t('title.chooseProfile', { provider: entry.label })));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() && !problem) {
      void navigate(`/${[entry.id, ...known, value.trim()].map(encodeURIComponent).join('/')}`);
    }
  };
  return (
    <Stack component="form" spacing={2} onSubmit={submit} sx={{ maxWidth: 420 }}>
      <Typography variant="h1" sx={{ fontSize: '1.75rem' }}>
        {entry.label}
      </Typography>
      <Typography>{t('ask.question', { label })}</Typography>
      <TextField
        label={label[0]?.toUpperCase() + label.slice(1)}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={problem !== undefined}
        helperText={problem}
        required
      />
      <Button type="submit" variant="contained" sx={{ alignSelf: 'start' }}>
        {t('ask.open')}
      </Button>
      {config.mode === 'sandbox' && known.length === 0 && (
        <Suspense fallback={null}>
          <SandboxExamples providerId={entry.id} />
        </Suspense>
      )}
    </Stack>
  );
}
