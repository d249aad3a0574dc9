// Wise's rules beyond JSON Schema: an occupation for residents of some countries (and of New Mexico, US).
import type { ControlValidator } from '../../forms/validation/control-validator';
import { currentLocale } from '../../i18n';
import { wiseMessages } from './wise-messages';
import { OCCUPATION_REGIONS, occupationRegionOf } from './wise-spec';

// The regions' ISO codes, so Intl names them in the locale shown ('Japan', 'Japan', '日本').
const ALPHA2: Readonly<Record<string, string>> = {
  can: 'CA',
  ind: 'IN',
  jpn: 'JP',
  idn: 'ID',
  isr: 'IL',
  mex: 'MX',
};

/** A region's name in the locale shown (New Mexico keeps its English name). */
export function regionName(region: string, locale: string): string {
  const alpha2 = ALPHA2[region];
  const named = alpha2 ? new Intl.DisplayNames([locale], { type: 'region' }).of(alpha2) : undefined;
  return named ?? OCCUPATION_REGIONS[region] ?? region;
}

export const OCCUPATIONS_SCOPE = '#/properties/occupations';

/**
 * The read never returns occupations. A profile loaded with an address in such a region already has one at Wise
 * (Wise requires it), so the form marks the control `occupationsOnFileFor: <region>` and does not ask again;
 * moving into a region does.
 */
export const occupationsRequired: ControlValidator = {
  id: 'wise-occupations',
  appliesTo: (control) => control.scope === OCCUPATIONS_SCOPE,
  validate(value, control, data) {
    const region = occupationRegionOf((data as { address?: unknown } | undefined)?.address);
    if (!region || control.options?.occupationsOnFileFor === region) return undefined;
    const filled =
      Array.isArray(value) &&
      value.some(
        (o) => typeof (o as { code?: unknown }).code === 'string' && (o as { code: string }).code.trim(),
      );
    return filled
      ? undefined
      : wiseMessages.t('occupationNeeded', { region: regionName(region, currentLocale()) });
  },
};
