// Whose profile this is ("Oliver Wilson · o.wilson@example.com"), as the provider's loaded data says; nothing when
// the provider does not say. Plain elements over a stylesheet (profile-owner.css): no style work on first render.
import { useMessages } from '../i18n';
import type { ProfileForm } from '../providers/types';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import { appMessages } from './app-messages';
import { SmallIcon } from './SmallIcon';
import './profile-owner.css';

/** Material's PersonOutlined icon (the path of @mui/icons-material's), drawn without SvgIcon. */
const PERSON_PATH =
  'M12 6c1.1 0 2 .9 2 2s-.9 2-2 2-2-.9-2-2 .9-2 2-2m0 10c2.7 0 5.8 1.29 6 2H6c.23-.72 3.31-2 6-2m0-12C9.79 4 8 5.79 8 8s1.79 4 4 4 4-1.79 4-4-1.79-4-4-4m0 10c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4';

export function ownerLine(owner: ProfileForm['owner']): string | undefined {
  const parts = [owner?.name, owner?.contact]
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function ProfileOwner({ owner }: { owner: ProfileForm['owner'] }) {
  const t = useMessages(appMessages);
  const themeClass = useFieldThemeClass();
  const line = ownerLine(owner);
  if (!line) return null;
  return (
    <div className={`pe-owner ${themeClass}`}>
      <SmallIcon path={PERSON_PATH} />
      <p className="pe-owner-line pe-type-body1">
        <span className="pe-visually-hidden">{t('provider.ownerPrefix')} </span>
        {line}
      </p>
    </div>
  );
}
