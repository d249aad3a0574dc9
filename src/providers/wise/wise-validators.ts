// Wise's rules beyond JSON Schema: an occupation for residents of some countries (and of New Mexico, US).
import type { ControlValidator } from '../../forms/validation/control-validator';
import { OCCUPATION_REGIONS, occupationRegionOf } from './wise-spec';

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
      : `Wise needs at least one occupation for residents of ${OCCUPATION_REGIONS[region] ?? region}: add one.`;
  },
};
