// The header's colour-scheme switch: a button naming the current choice that opens a menu of three (system, light,
// dark). Icon only on narrow screens; its accessible name always says what is chosen.
import { useId, useState, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckIcon from '@mui/icons-material/Check';
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SystemModeIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import { useMessages } from '../../i18n';
import { appMessages } from '../app-messages';
import { COLOR_SCHEME_PREFERENCES, type ColorSchemePreference } from './color-scheme';
import { useColorSchemeState, useSystemPrefersDark } from './use-color-scheme';

const ICONS = { system: SystemModeIcon, light: LightModeIcon, dark: DarkModeIcon };

export function ColorSchemeMenu() {
  const state = useColorSchemeState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const systemPrefersDark = useSystemPrefersDark();
  const t = useMessages(appMessages);
  const label = (option: ColorSchemePreference) => t(`colorScheme.${option}`);
  if (!state) return null;
  const { preference, setPreference } = state;
  const Icon = ICONS[preference];
  const choose = (next: ColorSchemePreference) => {
    setPreference(next);
    setAnchor(null);
  };
  return (
    <>
      <Button
        color="inherit"
        aria-label={t('colorScheme.current', { scheme: label(preference) })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        sx={{ minWidth: 44, minHeight: 44, textTransform: 'none', gap: 1, flexShrink: 0 }}
      >
        <Icon aria-hidden fontSize="small" />
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {label(preference)}
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-label': t('colorScheme.label') } }}
      >
        {COLOR_SCHEME_PREFERENCES.map((option) => {
          const OptionIcon = ICONS[option];
          return (
            <MenuItem
              key={option}
              role="menuitemradio"
              aria-checked={option === preference}
              selected={option === preference}
              onClick={() => choose(option)}
            >
              <ListItemIcon>
                <OptionIcon aria-hidden fontSize="small" />
              </ListItemIcon>
              <ListItemText
                primary={label(option)}
                secondary={
                  option === 'system'
                    ? t(systemPrefersDark ? 'colorScheme.followsDark' : 'colorScheme.followsLight')
                    : undefined
                }
              />
              {option === preference && <CheckIcon aria-hidden fontSize="small" sx={{ ml: 2 }} />}
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
