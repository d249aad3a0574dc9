// The header's colour-scheme switch: a button naming the current choice that opens a menu of three (system, light,
// dark). Icon only on narrow screens; its accessible name always says what is chosen. The menu's code loads when
// the button is first pointed at or focused (or pressed), not with the page. The button is a native one drawn like
// MUI's text Button color="inherit" (InertButton's stylesheet): the page's first render does no style work for it.
import { lazy, useId, useState } from 'react';
import { OnDemand } from '../../forms/on-demand';
import { useMessages } from '../../i18n';
import { InertButton } from '../../profile/InertButton';
import { appMessages } from '../app-messages';
import type { ColorSchemePreference } from './color-scheme';
import { ColorSchemeGlyph } from './ColorSchemeGlyph';
import { useColorSchemeState } from './use-color-scheme';
import './color-scheme-menu.css';

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
  const prefetch = () => void loadOptions();
  return (
    <>
      <InertButton
        className="pe-button--inherit pe-scheme-button"
        aria-label={t('colorScheme.current', { scheme: label(preference) })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <ColorSchemeGlyph scheme={preference} />
        <span className="pe-scheme-label">{label(preference)}</span>
      </InertButton>
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
