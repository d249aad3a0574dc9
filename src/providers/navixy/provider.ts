// The Navixy adapter: load (user/get_info + plugin/list for plugin 45) and save (user/personal_info/update).
import { generateForm } from '../../forms/generator/generate-form';
import { ownerOf } from '../owner';
import type { ProfileForm, ProfileProvider } from '../types';
import type { UserInfo } from './navixy-api';
import { getUserInfo, listPluginIds, PERSONAL_INFO_PLUGIN_ID, updatePersonalInfo } from './navixy-api';
import { navixyConflicts } from './navixy-conflicts';
import { describeNavixyError } from './navixy-errors';
import { dataAfterUpdate, FORM_KEYS, formToUpdate, userInfoToForm } from './navixy-mapping';
import { navixyCountryOptions } from './navixy-countries';
import { navixyMessages } from './navixy-messages';
import { NAVIXY_COUNTRY_SOURCE, navixySpecIn } from './navixy-spec';

// The form in each locale it was asked in (made once per locale).
const generated = new Map<string, ReturnType<typeof generateForm>>();
const generatedIn = (locale: string) => {
  let form = generated.get(locale);
  if (!form) generated.set(locale, (form = generateForm(navixySpecIn(navixyMessages.in(locale)))));
  return form;
};

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
    await navixyMessages.ready(ctx.locale);
    const t = navixyMessages.in(ctx.locale);
    const [info, plugins] = await Promise.all([
      getUserInfo(ctx.http, ctx.signal),
      // A failing plugin list must not hide the profile: offer the form and let the update's 222 decide.
      listPluginIds(ctx.http, ctx.signal).catch(() => undefined),
    ]);
    const writable = plugins === undefined || plugins.includes(PERSONAL_INFO_PLUGIN_ID);
    return {
      ...generatedIn(ctx.locale),
      data: userInfoToForm(info),
      readOnly: writable ? undefined : { reason: t('noPlugin') },
      notices: plugins === undefined ? [t('unknownPlugins')] : undefined,
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
