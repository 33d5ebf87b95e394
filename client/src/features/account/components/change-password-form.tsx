import { ChangePasswordInputSchema, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@sanad/shared/schemas/user';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
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
    if (!found.newPassword && newPassword !== confirmation) found.confirmation = 'The two new passwords are not the same.';
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
        toast.show('Password changed. You were logged out everywhere else.', 'success');
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
        Change password
      </h2>
      <p className="muted">Changing it logs you out on every other browser and device; you stay logged in here.</p>
      {done ? (
        <p className="notice notice--success" role="status" data-testid="password-changed">
          Your password was changed. Other sessions have been ended.
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-current`}
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.currentPassword}
        />
        <TextField
          id={`${id}-new`}
          label="New password"
          type="password"
          autoComplete="new-password"
          help={`${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters (15 or more is better); no common passwords. A few words in a row make a good one.`}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.newPassword}
        />
        <TextField
          id={`${id}-confirmation`}
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
        />
        <FieldError id={`${id}-form-error`} message={errors._form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
