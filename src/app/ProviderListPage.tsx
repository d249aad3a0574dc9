// The home page: every provider with a short description and a link to its editor (/<id>: the editor, or the page
// asking for the profile id, which in sandbox mode offers the sandbox's example profiles).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { useConfig } from '../config/config-context';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { useLocale, useMessages } from '../i18n';
import { entryDescription, providerRegistry } from '../providers';
import { appMessages } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';
import './provider-list-page.css';

export function ProviderListPage() {
  const config = useConfig();
  const t = useMessages(appMessages);
  const locale = useLocale();
  const themeClass = useFieldThemeClass();
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
            <div className={`pe-card ${themeClass}`}>
              <Link to={`/${entry.id}`} className="pe-card-action">
                <div className="pe-card-content">
                  <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
                    {entry.label}
                  </Typography>
                  <Typography color="text.secondary">{entryDescription(entry, locale)}</Typography>
                  {!config.providers[entry.id] && (
                    <Typography color="warning.main">{t('home.notConfigured')}</Typography>
                  )}
                </div>
                <span className="pe-card-action-highlight" />
              </Link>
            </div>
          </li>
        ))}
      </Stack>
    </>
  );
}
