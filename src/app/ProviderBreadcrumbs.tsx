// The way back on every provider page: "All providers › Camunda 7 › demo", each step but the current one a link
// (the app's leave guard asks first when there are unsaved changes).
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export interface Crumb {
  label: string;
  /** The address; absent for the current page. */
  to?: string | undefined;
}

export const ALL_PROVIDERS = 'All providers';

export function ProviderBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const crumbs: Crumb[] = [{ label: ALL_PROVIDERS, to: '/' }, ...trail];
  return (
    <Breadcrumbs
      aria-label="Breadcrumb"
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
