import { can } from '@sanad/shared/permissions';
import type { Claim } from '@sanad/shared/schemas/claim';
import { MarkOutdatedInputSchema } from '@sanad/shared/schemas/verdict';
import { useId, useState, type FormEvent } from 'react';
import { TextAreaField } from '../../../components/text-area-field.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useSetOutdated } from '../api/mark-outdated.ts';

/**
 * Snopes' "Outdated" (issue #16): a verdict the facts have moved on from is
 * marked so, with why, by an editor, also once approved and published; a new
 * verdict is current again. Everyone sees the mark; editors set or lift it.
 */
export function OutdatedMark({ claim }: { claim: Claim }) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const me = useCurrentUser();
  const toast = useToast();
  const save = useSetOutdated(claim.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const verdict = claim.verdict;
  if (!verdict) return null;
  const editor = can(me.role, 'claim.approve');
  const outdated = verdict.outdated;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = MarkOutdatedInputSchema.safeParse({ note });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    save.mutate(
      { note, version: claim.version },
      {
        onSuccess: () => {
          setOpen(false);
          setNote('');
          toast.show(t('verdicts.outdatedSaved'), 'success');
        },
        onError: (error) => setErrors(apiFieldErrors(error)),
      },
    );
  }

  return (
    <div className="outdated-mark" data-testid="outdated-mark">
      {outdated ? (
        <div className="notice notice--warning" data-testid="outdated-notice">
          <p>
            <strong>{t('verdicts.outdatedTitle')}</strong> {t('verdicts.outdatedSince', { date: f.day(outdated.at.slice(0, 10)), name: outdated.by?.name ?? '—' })}
          </p>
          <p dir="auto">{outdated.note}</p>
          {editor ? (
            <button type="button" className="button button--secondary button--small" disabled={save.isPending} onClick={() => save.mutate({ note: null, version: claim.version }, { onSuccess: () => toast.show(t('verdicts.currentSaved'), 'success') })}>
              {t('verdicts.markCurrent')}
            </button>
          ) : null}
        </div>
      ) : editor && !open ? (
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
          {t('verdicts.markOutdated')}
        </button>
      ) : null}
      {open && !outdated ? (
        <form className="form" onSubmit={submit} noValidate>
          <div className="field">
            <TextAreaField id={`${id}-note`} label={t('verdicts.outdatedNote')} rows={2} value={note} onChange={setNote} error={errors.note} help={t('verdicts.outdatedHelp')} />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
              {t('verdicts.markOutdated')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
