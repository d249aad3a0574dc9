// A helpful not-found page: says what was asked for and links to what exists.
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { providerRegistry } from '../providers';
import { composeTitle, useDocumentTitle } from './page-title';

export function NotFoundPage({ message }: { message?: string }) {
  useDocumentTitle(composeTitle(undefined, 'not-found'));
  return (
    <>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
        Page not found
      </Typography>
      <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
        {message ?? 'There is no page at this address.'}
      </Alert>
      <Typography>
        Profiles can be edited at:{' '}
        {providerRegistry.map((entry, index) => (
          <span key={entry.id}>
            {index > 0 && ', '}
            <Link component={RouterLink} to={`/${entry.id}`}>
              {entry.label}
            </Link>
          </span>
        ))}
        . Or go back to the{' '}
        <Link component={RouterLink} to="/">
          list of providers
        </Link>
        .
      </Typography>
    </>
  );
}
