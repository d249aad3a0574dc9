// The home page: every provider with a short description and a link to its editor (/<id>: the editor, or the page
// asking for the profile id, which in sandbox mode offers the sandbox's example profiles).
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useConfig } from '../config/config-context';
import { useLocale, useMessages } from '../i18n';
import { entryDescription, providerRegistry } from '../providers';
import { appMessages } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';

export function ProviderListPage() {
  const config = useConfig();
  const t = useMessages(appMessages);
  const locale = useLocale();
  useDocumentTitle(composeTitle(t('home.heading')));
  return (
    <>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 1 }}>
        {t('home.heading')}
      </Typography>
      <Typography sx={{ mb: 3 }} color="text.secondary">
        {t('home.intro')} {config.mode === 'sandbox' && t('home.sandboxIntro')}
      </Typography>
      <Stack
        component="ul"
        spacing={2}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
        aria-label={t('home.providers')}
      >
        {providerRegistry.map((entry) => (
          <li key={entry.id}>
            <Card variant="outlined">
              <CardActionArea component={RouterLink} to={`/${entry.id}`}>
                <CardContent>
                  <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
                    {entry.label}
                  </Typography>
                  <Typography color="text.secondary">{entryDescription(entry, locale)}</Typography>
                  {!config.providers[entry.id] && (
                    <Typography color="warning.main">{t('home.notConfigured')}</Typography>
                  )}
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        ))}
      </Stack>
    </>
  );
}
