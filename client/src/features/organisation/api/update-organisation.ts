import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation, UpdateOrganisationInput } from '@sanad/shared/schemas/organisation';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { callApi } from '../../../lib/api-client.ts';
import { organisationKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/organisation` (admins): changes the settings at `version`; 412 with the current settings when someone saved first. */
export function updateOrganisation(input: UpdateOrganisationInput, version: number): Promise<Organisation> {
  return callApi(organisationEndpoints.update, { body: input, ifMatch: version });
}

/** Saves the settings. Silent: the form shows problems beside the fields and conflicts in place. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: UpdateOrganisationInput; version: number }) => updateOrganisation(input, version),
    meta: { silent: true },
    onSuccess: (organisation) => queryClient.setQueryData(organisationKeys.all, organisation),
  });
}
