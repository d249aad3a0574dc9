// The colour-scheme menu's list (system, light, dark), loaded when the header's button is first pointed at,
// focused or pressed: MUI's Menu (popover, modal, focus trap) stays out of the first load.
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckIcon from '@mui/icons-material/Check';
import { useMessages } from '../../i18n';
import { appMessages } from '../app-messages';
import { COLOR_SCHEME_PREFERENCES, type ColorSchemePreference } from './color-scheme';
import { ColorSchemeGlyph } from './ColorSchemeGlyph';
import { useSystemPrefersDark } from './use-color-scheme';

export function ColorSchemeOptions(props: {
  id: string;
  anchor: HTMLElement | null;
  preference: ColorSchemePreference;
  onChoose: (preference: ColorSchemePreference) => void;
  onClose: () => void;
}) {
  const { id, anchor, preference } = props;
  const systemPrefersDark = useSystemPrefersDark();
  const t = useMessages(appMessages);
  const label = (option: ColorSchemePreference) => t(`colorScheme.${option}`);
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={props.onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ list: { 'aria-label': t('colorScheme.label') } }}
    >
      {COLOR_SCHEME_PREFERENCES.map((option) => (
        <MenuItem
          key={option}
          role="menuitemradio"
          aria-checked={option === preference}
          selected={option === preference}
          onClick={() => props.onChoose(option)}
        >
          <ListItemIcon>
            <ColorSchemeGlyph scheme={option} />
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
      ))}
    </Menu>
  );
}
