// Whose profile this is ("Oliver Wilson · o.wilson@example.com"), as the provider's loaded data says; nothing when
// the provider does not say.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import { useMessages } from '../i18n';
import type { ProfileForm } from '../providers/types';
import { visuallyHidden } from '@mui/utils';
import { appMessages } from './app-messages';

export function ownerLine(owner: ProfileForm['owner']): string | undefined {
  const parts = [owner?.name, owner?.contact]
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function ProfileOwner({ owner }: { owner: ProfileForm['owner'] }) {
  const t = useMessages(appMessages);
  const line = ownerLine(owner);
  if (!line) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, color: 'text.secondary' }}>
      <PersonIcon aria-hidden fontSize="small" />
      <Typography sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Typography component="span" sx={visuallyHidden}>
          {t('provider.ownerPrefix')}{' '}
        </Typography>
        {line}
      </Typography>
    </Stack>
  );
}
