import { ROLES, type Role } from '@sanad/shared/permissions';
import { CreateUserInputSchema, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type User } from '@sanad/shared/schemas/user';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { useUsers } from '../api/get-users.ts';
import { useUpdateUser } from '../api/update-user.ts';

const ROLE_LABELS: Record<Role, string> = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

/** The admin's user management: the accounts (change role, deactivate or reactivate) and a form to add one. */
export function UsersAdmin() {
  const users = useUsers();
  const me = useCurrentUser();
  if (users.isPending) return <Loading label="Loading users…" />;
  if (users.isError) throw users.error;
  return (
    <div className="users-admin">
      <table className="users-table" aria-label="Users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
  const update = useUpdateUser();
  const toast = useToast();
  return (
    <tr data-testid="user-row" data-email={user.email} className={user.active ? undefined : 'users-table__inactive'}>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <label htmlFor={`${id}-role`} className="visually-hidden">
          Role of {user.name}
        </label>
        <select
          id={`${id}-role`}
          className="input input--small"
          value={user.role}
          disabled={update.isPending || self}
          onChange={(event) => {
            const role = event.target.value as Role;
            update.mutate({ user, input: { role } }, { onSuccess: () => toast.show(`${user.name} is now ${ROLE_LABELS[role].toLowerCase()}.`, 'success') });
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </td>
      <td>{user.active ? 'Active' : <span className="tag tag--quiet">Deactivated</span>}</td>
      <td>{formatTime(user.createdAt)}</td>
      <td>
        {self ? (
          <span className="muted">You</span>
        ) : (
          <ConfirmDialog
            trigger={
              <button type="button" className={`button button--small ${user.active ? 'button--danger-outline' : 'button--secondary'}`}>
                {user.active ? 'Deactivate' : 'Reactivate'}
                <span className="visually-hidden"> {user.name}</span>
              </button>
            }
            title={user.active ? `Deactivate ${user.name}?` : `Reactivate ${user.name}?`}
            description={
              user.active
                ? 'They are logged out at once and can no longer log in. Their work stays. You can reactivate them later.'
                : 'They can log in again with their password.'
            }
            confirmLabel={user.active ? 'Deactivate' : 'Reactivate'}
            pending={update.isPending}
            onConfirm={() =>
              update.mutate(
                { user, input: { active: !user.active } },
                { onSuccess: () => toast.show(user.active ? `${user.name} deactivated.` : `${user.name} reactivated.`, 'success') },
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
        toast.show(`Account created for ${user.name}.`, 'success');
        setName('');
        setEmail('');
        setPassword('');
        setRole('reviewer');
      },
      onError: (error) => {
        const found = apiFieldErrors(error);
        if (error instanceof ApiError && error.code === 'email_taken') found.email = error.message;
        if (Object.keys(found).length === 0) found._form = describeError(error);
        setErrors(found);
      },
    });
  }

  return (
    <section className="panel-section users-admin__new" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-section__heading">
        Add a user
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-grid">
          <TextField id={`${id}-name`} label="Name" autoComplete="off" value={name} onChange={setName} error={errors.name} />
          <TextField id={`${id}-email`} label="Email" type="email" autoComplete="off" value={email} onChange={setEmail} error={errors.email} />
          <div className="field">
            <label htmlFor={`${id}-role`} className="field__label">
              Role
            </label>
            <select id={`${id}-role`} className="input" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {ROLE_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={`${id}-password`}
            label="Password"
            type="password"
            autoComplete="new-password"
            help={`${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters (15 or more is better); no common passwords. Any characters, no other rules.`}
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
        </div>
        <FieldError id={`${id}-form-error`} message={errors._form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create user'}
          </button>
        </div>
      </form>
    </section>
  );
}
