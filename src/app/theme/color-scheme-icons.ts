// The icon of each colour-scheme choice (the header's button shows the current one, the menu all three).
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SystemModeIcon from '@mui/icons-material/SettingsBrightnessOutlined';

export const COLOR_SCHEME_ICONS = { system: SystemModeIcon, light: LightModeIcon, dark: DarkModeIcon };
