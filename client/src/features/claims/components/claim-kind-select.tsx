import { useQueryClient } from '@tanstack/react-query';
import { CLAIM_KINDS, type Claim, type ClaimKind } from '@sanad/shared/schemas/claim';
import { useId } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { isClaim, storeClaim } from '../../../lib/claim-cache.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useUpdateClaim } from '../api/update-claim.ts';

/**
 * What kind of claim it is (issue #16), saved as soon as it is chosen.
 * Predictions and opinions get no truth rating: the server refuses the
 * change while the verdict is one, and the message says what to do. A save
 * someone overtook (412) is sent again on the current version: the kind is
 * one choice, and the last one made is the one meant.
 */
export function ClaimKindSelect({ claim, readOnly }: { claim: Claim; readOnly: boolean }) {
  const id = useId();
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const update = useUpdateClaim(claim.id);

  function send(kind: ClaimKind, version: number, retried = false) {
    update.mutate(
      { input: { kind }, version },
      {
        onSuccess: () => toast.show(t('claims.kindSaved'), 'success'),
        onError: (error) => {
          if (!retried && error instanceof ApiError && error.isStale && isClaim(error.current)) {
            storeClaim(queryClient, error.current);
            send(kind, error.current.version, true);
            return;
          }
          toast.show(describeError(error), 'error');
        },
      },
    );
  }

  if (readOnly) {
    return (
      <p className="claim-panel__kind" data-testid="claim-kind">
        {t('claims.kindLine', { kind: claim.kind })}
      </p>
    );
  }
  return (
    <div className="field field--inline claim-panel__kind">
      <label htmlFor={`${id}-kind`} className="field__label">
        {t('claims.kind')}
      </label>
      <select
        id={`${id}-kind`}
        className="input select"
        value={claim.kind}
        disabled={update.isPending}
        aria-describedby={`${id}-kind-help`}
        onChange={(event) => send(event.target.value as ClaimKind, claim.version)}
      >
        {CLAIM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t('claims.kindName', { kind })}
          </option>
        ))}
      </select>
      <p id={`${id}-kind-help`} className="field__help">
        {t('claims.kindHelp')}
      </p>
    </div>
  );
}
