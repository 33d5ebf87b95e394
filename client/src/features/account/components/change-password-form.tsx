import { ChangePasswordInputSchema, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@sanad/shared/schemas/user';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useChangePassword } from '../api/change-password.ts';

/**
 * "Change password": the current password (ASVS 6.2.3), the new one twice.
 * On success the server logs out every other session and renews this one,
 * which the form says plainly.
 */
export function ChangePasswordForm() {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const change = useChangePassword();
  const toast = useToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const parsed = ChangePasswordInputSchema.safeParse({ currentPassword, newPassword });
    const found: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (!found.newPassword && newPassword !== confirmation) found.confirmation = t('account.password.mismatch');
    if (!parsed.success || found.confirmation) {
      setErrors(found);
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        setCurrentPassword('');
        setNewPassword('');
        setConfirmation('');
        setDone(true);
        toast.show(t('account.password.changedToast'), 'success');
      },
      onError: (error) => {
        const fields = apiFieldErrors(error);
        if (error instanceof ApiError && error.code === 'rate_limited') fields.currentPassword = describeError(error);
        if (Object.keys(fields).length === 0) fields._form = describeError(error);
        setErrors(fields);
      },
    });
  }


  return (
    <section className="panel-section settings-form settings-form--narrow" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-section__heading">
        {t('account.password.heading')}
      </h2>
      <p className="muted">{t('account.password.intro')}</p>
      {done ? (
        <p className="notice notice--success" role="status" data-testid="password-changed">
          {t('account.password.changed')}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-current`}
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.currentPassword}
        />
        <TextField
          id={`${id}-new`}
          label={t('account.password.new')}
          type="password"
          autoComplete="new-password"
          help={t('account.password.newHelp', { min: f.number(MIN_PASSWORD_LENGTH), max: f.number(MAX_PASSWORD_LENGTH), recommended: f.number(15) })}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.newPassword}
        />
        <TextField
          id={`${id}-confirmation`}
          label={t('account.password.again')}
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
        />
        <FieldError id={`${id}-form-error`} message={errors._form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? t('account.password.submitting') : t('account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
