// Sandbox mode: the example profiles of one provider's sandbox, as links, on the page that asks for a profile id.
import { useQuery } from '@tanstack/react-query';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { findProvider, type ProviderId } from '../providers';
import { useMessages } from '../i18n';
import { exampleLinks } from './examples';
import { sandboxMessages } from './sandbox-messages';

export function SandboxExamples({ providerId }: { providerId: ProviderId }) {
  const t = useMessages(sandboxMessages);
  const examples = useQuery({
    queryKey: ['sandbox-examples', providerId],
    queryFn: async () => {
      const entry = findProvider(providerId);
      return entry ? exampleLinks(entry) : [];
    },
    staleTime: Infinity,
  });
  if (!examples.data || examples.data.length === 0) return null;
  return (
    <nav aria-label={t('examples.label')}>
      <Typography>{t('examples.intro')}</Typography>
      <ul>
        {examples.data.map((example) => (
          <li key={example.path}>
            <Link component={RouterLink} to={example.path}>
              {Object.values(example.params).join(' / ')}
            </Link>{' '}
            — {example.description}
          </li>
        ))}
      </ul>
    </nav>
  );
}
