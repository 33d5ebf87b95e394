import { Trans } from '@lingui/react';
import { LoginInputSchema, type Session } from '@sanad/shared/schemas/user';
import { useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../../components/text-field.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useDemoMode } from '../api/get-health.ts';
import { useLogin } from '../api/login.ts';

/** The demo accounts, shown only when the server says it runs in demo mode. */
const DEMO_ACCOUNTS = ['reviewer@sanad.test', 'editor@sanad.test', 'admin@sanad.test'];
const DEMO_PASSWORD = 'sanad-demo';

/**
 * The login form: email and password, the API's message when login fails
 * (wrong credentials, or too many attempts with the time to wait), and in
 * demo mode the demo accounts to try.
 */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const login = useLogin();
  const demo = useDemoMode();
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = LoginInputSchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setFailure(null);
      return;
    }
    setErrors({});
    setFailure(null);
    login.mutate(parsed.data, {
      onSuccess: onLoggedIn,
      onError: (error) => {
        setFailure(error instanceof ApiError && error.code === 'invalid_credentials' ? t('auth.wrongCredentials') : describeError(error));
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  }

  return (
    <form className="form login-form" onSubmit={submit} noValidate aria-labelledby="login-heading">
      {failure ? (
        <div className="notice notice--error" role="alert" data-testid="login-error">
          <p>{failure}</p>
        </div>
      ) : null}
      <TextField id={`${id}-email`} label={t('auth.email')} type="email" autoComplete="username" autoFocus value={email} onChange={setEmail} error={errors.email} />
      <TextField
        id={`${id}-password`}
        ref={passwordRef}
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? t('auth.loggingIn') : t('auth.logIn')}
        </button>
      </div>
      {demo ? (
        <aside className="notice notice--info login-form__demo" aria-label={t('auth.demoAccounts')} data-testid="demo-accounts">
          <p className="notice__title">{t('auth.demoMode')}</p>
          <p>
            <Trans
              id="auth.demoHint"
              values={{ accounts: f.list(DEMO_ACCOUNTS, 'disjunction'), password: DEMO_PASSWORD }}
              components={{ 0: <code dir="ltr" />, 1: <code dir="ltr" /> }}
            />
          </p>
        </aside>
      ) : null}
    </form>
  );
}
