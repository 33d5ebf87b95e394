import { z } from 'zod';
import { ROLES } from '../permissions.ts';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { DigitsSettingSchema, InterfaceLanguageSchema } from './interface-language.ts';

/** A user's role. */
export const RoleSchema = z.enum(ROLES);

/** Shortest password accepted (ASVS 6.2.1). */
export const MIN_PASSWORD_LENGTH = 8;
/** Longest password accepted; compared byte for byte, never truncated. */
export const MAX_PASSWORD_LENGTH = 128;

/** Passwords too common to accept (a short list of the most used ones; ASVS 6.2.4). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyuiop', 'qwerty123', 'iloveyou',
  'sunshine1', 'princess1', 'football1', 'welcome1', 'welcome123', 'admin123', 'letmein1', 'abc12345', 'passw0rd',
  'p@ssw0rd', 'trustno1', 'baseball1', 'superman1', '11111111', '00000000', '87654321', 'asdfghjk', 'zaq12wsx',
  '1q2w3e4r', 'changeme', 'sanad123', 'sanadsanad',
]);

/** A password: 8..128 characters, not on the list of common passwords, no composition rules. */
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters (15 or more is better).`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), 'This password is too common; choose another.');

/** An email address, compared in lower case. */
export const EmailSchema = z.string().trim().toLowerCase().max(254).email('Enter a valid email address.');

/** A user as the API shows it: never a password hash or session data. */
export const UserSchema = z.object({
  /** User id. */
  id: IdSchema,
  /** Display name. */
  name: z.string(),
  /** Login email, lower case. */
  email: z.string(),
  /** The one role. */
  role: RoleSchema,
  /** False once deactivated: the user can no longer log in and their sessions are ended. */
  active: z.boolean(),
  /** When the account was created. */
  createdAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type User = z.infer<typeof UserSchema>;

/** A user as shown beside their work (author, reviewer, approver). */
export const UserRefSchema = z.object({ id: IdSchema, name: z.string(), role: RoleSchema });
export type UserRef = z.infer<typeof UserRefSchema>;

/** `GET /api/users` response (admin). */
export const UserListSchema = z.object({ users: z.array(UserSchema) });
export type UserList = z.infer<typeof UserListSchema>;

/** `POST /api/session` body. */
export const LoginInputSchema = z.strictObject({
  /** Login email. */
  email: EmailSchema,
  /** Password, compared exactly. */
  password: z.string().min(1, 'Enter your password.').max(MAX_PASSWORD_LENGTH),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

/** `GET /api/session` and `POST /api/session` response: who is logged in. */
export const SessionSchema = z.object({
  /** The logged-in user. */
  user: UserSchema,
  /** When the session ends at the latest. */
  expiresAt: TimestampSchema,
  /** The user's own interface language, or null to follow the organisation's default. */
  language: InterfaceLanguageSchema.nullable(),
  /** The language the interface shows: `language`, else the organisation's `defaultLanguage`. */
  effectiveLanguage: InterfaceLanguageSchema,
  /** How numbers are written when the interface is in Arabic (the organisation's `digits`). */
  digits: DigitsSettingSchema,
});
export type Session = z.infer<typeof SessionSchema>;

/** `PATCH /api/session/preferences` body (with If-Match on `user.version`): a user's own interface preferences. */
export const UpdatePreferencesInputSchema = z
  .strictObject({
    /** The interface language to use from now on, or null to follow the organisation's default. */
    language: InterfaceLanguageSchema.nullable().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdatePreferencesInput = z.infer<typeof UpdatePreferencesInputSchema>;

/** `POST /api/session/password` body: a user changes their own password, proving they know the current one (ASVS 6.2.3). */
export const ChangePasswordInputSchema = z
  .strictObject({
    /** The password in use now, compared exactly. */
    currentPassword: z.string().min(1, 'Enter your current password.').max(MAX_PASSWORD_LENGTH),
    /** The new password, under the same rules as any password. */
    newPassword: PasswordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

/** `POST /api/users` body (admin). */
export const CreateUserInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the user a name.').max(120),
  email: EmailSchema,
  role: RoleSchema,
  password: PasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

/** `PATCH /api/users/:id` body (admin): rename, change role, deactivate or reactivate, set a new password. */
export const UpdateUserInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    role: RoleSchema.optional(),
    active: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;
