// Sandbox mode: the example profiles of one provider's sandbox, as links, on the page that asks for a profile id.
import { useQuery } from '@tanstack/react-query';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ProviderEntry } from '../providers';
import { exampleLinks } from './examples';

export function SandboxExamples({ entry }: { entry: ProviderEntry }) {
  const examples = useQuery({
    queryKey: ['sandbox-examples', entry.id],
    queryFn: () => exampleLinks(entry),
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
