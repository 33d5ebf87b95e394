/** English messages: account. Ids start with "account."; the Arabic file beside this one must have the same ids. */
export const account = {
  'account.language.heading': 'Interface language',
  'account.language.help': 'The language of menus, buttons and messages. Articles keep their own language.',
  'account.password.heading': 'Change password',
  'account.password.intro': 'Changing it logs you out on every other browser and device; you stay logged in here.',
  'account.password.changed': 'Your password was changed. Other sessions have been ended.',
  'account.password.changedToast': 'Password changed. You were logged out everywhere else.',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.newHelp': '{min} to {max} characters ({recommended} or more is better); no common passwords. A few words in a row make a good one.',
  'account.password.again': 'New password again',
  'account.password.mismatch': 'The two new passwords are not the same.',
  'account.password.submit': 'Change password',
  'account.password.submitting': 'Changing…',
} as const;
