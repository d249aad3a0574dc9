// The header's colour-scheme switch: a button naming the current choice that opens a menu of three (system, light,
// dark). Icon only on narrow screens; its accessible name always says what is chosen. The menu's code loads when
// the button is first pointed at or focused (or pressed), not with the page.
import { lazy, useId, useState, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { OnDemand } from '../../forms/on-demand';
import { useMessages } from '../../i18n';
import { appMessages } from '../app-messages';
import type { ColorSchemePreference } from './color-scheme';
import { COLOR_SCHEME_ICONS } from './color-scheme-icons';
import { useColorSchemeState } from './use-color-scheme';

const loadOptions = () => import('./ColorSchemeOptions');
const ColorSchemeOptions = lazy(async () => ({ default: (await loadOptions()).ColorSchemeOptions }));

export function ColorSchemeMenu() {
  const state = useColorSchemeState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first opening on (its closing transition and focus return stay MUI's).
  const [openedOnce, setOpenedOnce] = useState(false);
  if (anchor !== null && !openedOnce) setOpenedOnce(true);
  const menuId = useId();
  const t = useMessages(appMessages);
  const label = (option: ColorSchemePreference) => t(`colorScheme.${option}`);
  if (!state) return null;
  const { preference, setPreference } = state;
  const Icon = COLOR_SCHEME_ICONS[preference];
  const prefetch = () => void loadOptions();
  return (
    <>
      <Button
        color="inherit"
        aria-label={t('colorScheme.current', { scheme: label(preference) })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        sx={{ minWidth: 44, minHeight: 44, textTransform: 'none', gap: 1, flexShrink: 0 }}
      >
        <Icon aria-hidden fontSize="small" />
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {label(preference)}
        </Box>
      </Button>
      {openedOnce && (
        <OnDemand>
          <ColorSchemeOptions
            id={menuId}
            anchor={anchor}
            preference={preference}
            onChoose={(next) => {
              setPreference(next);
              setAnchor(null);
            }}
            onClose={() => setAnchor(null)}
          />
        </OnDemand>
      )}
    </>
  );
}
