// The Navixy adapter: load (user/get_info + plugin/list for plugin 45) and save (user/personal_info/update).
import { generateForm } from '../../forms/generator/generate-form';
import { ownerOf } from '../owner';
import type { ProfileForm, ProfileProvider } from '../types';
import type { UserInfo } from './navixy-api';
import { getUserInfo, listPluginIds, PERSONAL_INFO_PLUGIN_ID, updatePersonalInfo } from './navixy-api';
import { navixyConflicts } from './navixy-conflicts';
import { describeNavixyError, NO_PLUGIN_REASON } from './navixy-errors';
import { dataAfterUpdate, FORM_KEYS, formToUpdate, userInfoToForm } from './navixy-mapping';
import { navixyCountryOptions } from './navixy-countries';
import { NAVIXY_COUNTRY_SOURCE, navixySpec } from './navixy-spec';

const generated = generateForm(navixySpec);

const UNKNOWN_PLUGINS =
  'Navixy did not say whether your account may change its personal info; if it may not, saving will tell you.';

/** Whose profile this is: the person's name (or the legal entity's), and the login (Navixy's e-mail) or phone. */
export const navixyOwner = (info: UserInfo): ProfileForm['owner'] =>
  ownerOf(
    info.legal_name && info.legal_type !== 'individual'
      ? [info.legal_name]
      : [info.first_name, info.middle_name, info.last_name],
    [info.login, info.phone],
  );

export const navixyProvider: ProfileProvider = {
  id: 'navixy',
  async load(ctx): Promise<ProfileForm> {
    const [info, plugins] = await Promise.all([
      getUserInfo(ctx.http, ctx.signal),
      // A failing plugin list must not hide the profile: offer the form and let the update's 222 decide.
      listPluginIds(ctx.http, ctx.signal).catch(() => undefined),
    ]);
    const writable = plugins === undefined || plugins.includes(PERSONAL_INFO_PLUGIN_ID);
    return {
      ...generated,
      data: userInfoToForm(info),
      readOnly: writable ? undefined : { reason: NO_PLUGIN_REASON },
      notices: plugins === undefined ? [UNKNOWN_PLUGINS] : undefined,
      owner: navixyOwner(info),
    };
  },
  async save(ctx, { draft, base }) {
    const params = formToUpdate(draft, base.data);
    await updatePersonalInfo(ctx.http, params, ctx.signal);
    return { ...base, data: dataAfterUpdate(draft, params), readOnly: undefined, notices: undefined };
  },
  describeError: (error, situation) => describeNavixyError(error, FORM_KEYS, situation),
  authorization: (hash) => `NVX ${hash}`,
  countrySources: { [NAVIXY_COUNTRY_SOURCE]: (ctx) => Promise.resolve(navixyCountryOptions(ctx.locale)) },
  conflicts: navixyConflicts,
};
