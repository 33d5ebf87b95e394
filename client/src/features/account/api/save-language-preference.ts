import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionEndpoints } from '@sanad/shared/api/session';
import type { Session } from '@sanad/shared/schemas/user';
import { activateLanguage } from '../../../i18n/i18n.ts';
import type { InterfaceLanguage } from '../../../i18n/languages.ts';
import { ApiError, callApi } from '../../../lib/api-client.ts';
import { sessionKeys } from '../../../lib/query-keys.ts';

/**
 * `PATCH /api/session/preferences`: stores the user's own interface language
 * (null follows the organisation's default) on the version of the account
 * this browser last saw. Another tab may have changed the account meanwhile
 * (412): a language choice has nothing to merge, so it is sent again on the
 * version the server reports.
 */
export async function saveLanguagePreference(language: InterfaceLanguage | null, version: number): Promise<Session> {
  try {
    return await callApi(sessionEndpoints.updatePreferences, { body: { language }, ifMatch: version });
  } catch (error) {
    const current = error instanceof ApiError && error.status === 412 ? (error.current as Session | undefined) : undefined;
    if (!current) throw error;
    return callApi(sessionEndpoints.updatePreferences, { body: { language }, ifMatch: current.user.version });
  }
}

/**
 * Switches the interface to `language` at once, without a reload (nothing
 * remounts, so a draft being typed survives), and stores the choice with the
 * user, so every browser they log in from opens in it.
 */
export function useSaveLanguagePreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (language: InterfaceLanguage) => {
      const session = queryClient.getQueryData<Session>(sessionKeys.current());
      await activateLanguage(language);
      if (!session) throw new Error('No session to store the language with.');
      return saveLanguagePreference(language, session.user.version);
    },
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
