// The inline colour-scheme icons (the header's button and the menu) draw the same shapes as MUI's icons.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SystemModeIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import { ColorSchemeGlyph, COLOR_SCHEME_PATHS } from './ColorSchemeGlyph';

const MUI_ICONS = { system: SystemModeIcon, light: LightModeIcon, dark: DarkModeIcon };

describe('ColorSchemeGlyph', () => {
  it.each(['system', 'light', 'dark'] as const)(
    '%s: the path of the MUI icon, hidden from assistive technology',
    (scheme) => {
      const Icon = MUI_ICONS[scheme];
      const mui = render(<Icon />)
        .container.querySelector('path')
        ?.getAttribute('d');
      expect(mui).toBe(COLOR_SCHEME_PATHS[scheme]);
      const glyph = render(<ColorSchemeGlyph scheme={scheme} />).container.querySelector('svg');
      expect(glyph).toHaveAttribute('aria-hidden', 'true');
      expect(glyph?.querySelector('path')).toHaveAttribute('d', mui);
    },
  );
});
