// The header's inline colour-scheme icons draw the same shapes as the menu's MUI icons.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { COLOR_SCHEME_ICONS } from './color-scheme-icons';
import { ColorSchemeGlyph, COLOR_SCHEME_PATHS } from './ColorSchemeGlyph';

describe('ColorSchemeGlyph', () => {
  it.each(['system', 'light', 'dark'] as const)(
    '%s: the path of the MUI icon, hidden from assistive technology',
    (scheme) => {
      const Icon = COLOR_SCHEME_ICONS[scheme];
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
