import { ROLES, type Role } from '@sanad/shared/permissions';
import { CreateUserInputSchema, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type User } from '@sanad/shared/schemas/user';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { ROLE_MESSAGES } from '../../../components/app-header.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { useUsers } from '../api/get-users.ts';
import { useUpdateUser } from '../api/update-user.ts';

/** The admin's user management: the accounts (change role, deactivate or reactivate) and a form to add one. */
export function UsersAdmin() {
  const t = useT();
  const users = useUsers();
  const me = useCurrentUser();
  if (users.isPending) return <Loading label={t('users.loading')} />;
  if (users.isError) throw users.error;
  return (
    <div className="users-admin">
      <table className="users-table" aria-label={t('users.table')}>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.since')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.data.users.map((user) => (
            <UserRow key={user.id} user={user} self={user.id === me.id} />
          ))}
        </tbody>
      </table>
      <NewUserForm />
    </div>
  );
}

function UserRow({ user, self }: { user: User; self: boolean }) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const update = useUpdateUser();
  const toast = useToast();
  return (
    <tr data-testid="user-row" data-email={user.email} className={user.active ? undefined : 'users-table__inactive'}>
      <th scope="row">
        <bdi>{user.name}</bdi>
      </th>
      <td>
        <bdi>{user.email}</bdi>
      </td>
      <td>
        <label htmlFor={`${id}-role`} className="visually-hidden">
          {t('users.roleOf', { name: user.name })}
        </label>
        <select
          id={`${id}-role`}
          className="input input--small"
          value={user.role}
          disabled={update.isPending || self}
          onChange={(event) => {
            const role = event.target.value as Role;
            update.mutate({ user, input: { role } }, { onSuccess: () => toast.show(t('users.roleChanged', { name: user.name, role }), 'success') });
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(ROLE_MESSAGES[role])}
            </option>
          ))}
        </select>
      </td>
      <td>{user.active ? t('users.active') : <span className="tag tag--quiet">{t('users.deactivated')}</span>}</td>
      <td>{f.dateTime(user.createdAt)}</td>
      <td>
        {self ? (
          <span className="muted">{t('users.you')}</span>
        ) : (
          <ConfirmDialog
            trigger={
              <button type="button" className={`button button--small ${user.active ? 'button--danger-outline' : 'button--secondary'}`}>
                {user.active ? t('users.deactivate') : t('users.reactivate')}
                <span className="visually-hidden"> {user.name}</span>
              </button>
            }
            title={user.active ? t('users.deactivateTitle', { name: user.name }) : t('users.reactivateTitle', { name: user.name })}
            description={user.active ? t('users.deactivateBody') : t('users.reactivateBody')}
            confirmLabel={user.active ? t('users.deactivate') : t('users.reactivate')}
            pending={update.isPending}
            onConfirm={() =>
              update.mutate(
                { user, input: { active: !user.active } },
                { onSuccess: () => toast.show(user.active ? t('users.deactivatedToast', { name: user.name }) : t('users.reactivatedToast', { name: user.name }), 'success') },
              )
            }
          />
        )}
      </td>
    </tr>
  );
}

function NewUserForm() {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateUser();
  const toast = useToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateUserInputSchema.safeParse({ name, email, role, password });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        toast.show(t('users.created', { name: user.name }), 'success');
        setName('');
        setEmail('');
        setPassword('');
        setRole('reviewer');
      },
      onError: (error) => {
        const found = apiFieldErrors(error);
        if (error instanceof ApiError && error.code === 'email_taken') found.email = describeError(error);
        if (Object.keys(found).length === 0) found._form = describeError(error);
        setErrors(found);
      },
    });
  }

  return (
    <section className="panel-section users-admin__new" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-section__heading">
        {t('users.addHeading')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-grid">
          <TextField id={`${id}-name`} label={t('users.name')} autoComplete="off" value={name} onChange={setName} error={errors.name} />
          <TextField id={`${id}-email`} label={t('users.email')} type="email" autoComplete="off" value={email} onChange={setEmail} error={errors.email} />
          <div className="field">
            <label htmlFor={`${id}-role`} className="field__label">
              {t('users.role')}
            </label>
            <select id={`${id}-role`} className="input" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(ROLE_MESSAGES[option])}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={`${id}-password`}
            label={t('users.password')}
            type="password"
            autoComplete="new-password"
            help={t('users.passwordHelp', { min: f.number(MIN_PASSWORD_LENGTH), max: f.number(MAX_PASSWORD_LENGTH), recommended: f.number(15) })}
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
        </div>
        <FieldError id={`${id}-form-error`} message={errors._form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('users.creating') : t('users.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
