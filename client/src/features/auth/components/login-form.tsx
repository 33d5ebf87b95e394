import { LoginInputSchema, type Session } from '@sanad/shared/schemas/user';
import { useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../../components/text-field.tsx';
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
        setFailure(error instanceof ApiError && error.code === 'invalid_credentials' ? 'The email or password is not right.' : describeError(error));
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
      <TextField id={`${id}-email`} label="Email" type="email" autoComplete="username" autoFocus value={email} onChange={setEmail} error={errors.email} />
      <TextField
        id={`${id}-password`}
        ref={passwordRef}
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </div>
      {demo ? (
        <aside className="notice notice--info login-form__demo" aria-label="Demo accounts" data-testid="demo-accounts">
          <p className="notice__title">Demo mode</p>
          <p>
            Log in as <code>{DEMO_ACCOUNTS.join(', ')}</code> with the password <code>{DEMO_PASSWORD}</code>.
          </p>
        </aside>
      ) : null}
    </form>
  );
}
