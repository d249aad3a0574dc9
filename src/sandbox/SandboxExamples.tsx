// Sandbox mode: the example profiles of one provider's sandbox, as links, on the page that asks for a profile id.
import { useQuery } from '@tanstack/react-query';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { findProvider, type ProviderId } from '../providers';
import { exampleLinks } from './examples';

export function SandboxExamples({ providerId }: { providerId: ProviderId }) {
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
    <nav aria-label="Sandbox profiles">
      <Typography>Or open a sandbox profile:</Typography>
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
