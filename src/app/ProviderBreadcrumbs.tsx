// The way back on every provider page: "All providers › Camunda 7 › demo", each step but the current one a link
// (the app's leave guard asks first when there are unsaved changes).
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';

export interface Crumb {
  label: string;
  /** The address; absent for the current page. */
  to?: string | undefined;
}

export function ProviderBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const t = useMessages(appMessages);
  const crumbs: Crumb[] = [{ label: t('breadcrumbs.allProviders'), to: '/' }, ...trail];
  return (
    <Breadcrumbs
      aria-label={t('breadcrumbs.label')}
      sx={{ mb: 2, '& .MuiBreadcrumbs-li': { minWidth: 0, overflowWrap: 'anywhere' } }}
    >
      {crumbs.map((crumb, index) =>
        crumb.to !== undefined && index < crumbs.length - 1 ? (
          <Link key={crumb.to} component={RouterLink} to={crumb.to} color="inherit" underline="always">
            {crumb.label}
          </Link>
        ) : (
          <Typography key="current" component="span" color="text.primary" aria-current="page">
            {crumb.label}
          </Typography>
        ),
      )}
    </Breadcrumbs>
  );
}
