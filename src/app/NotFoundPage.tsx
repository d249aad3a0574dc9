// A helpful not-found page: says what was asked for and links to what exists.
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '../i18n';
import { providerRegistry } from '../providers';
import { aroundSlot, appMessages } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';

export function NotFoundPage({ message }: { message?: string }) {
  const t = useMessages(appMessages);
  useDocumentTitle(composeTitle(undefined, 'not-found'));
  const [beforeLink, afterLink] = aroundSlot((link) => t('notFound.goBack', { link }));
  return (
    <>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
        {t('notFound.heading')}
      </Typography>
      <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
        {message ?? t('notFound.message')}
      </Alert>
      <Typography>
        {t('notFound.profilesAt')}{' '}
        {providerRegistry.map((entry, index) => (
          <span key={entry.id}>
            {index > 0 && t('notFound.separator')}
            <Link component={RouterLink} to={`/${entry.id}`}>
              {entry.label}
            </Link>
          </span>
        ))}
        {beforeLink}
        <Link component={RouterLink} to="/">
          {t('notFound.listOfProviders')}
        </Link>
        {afterLink}
      </Typography>
    </>
  );
}
