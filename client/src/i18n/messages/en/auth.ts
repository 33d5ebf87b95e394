/** English messages: auth. Ids start with "auth."; the Arabic file beside this one must have the same ids. */
export const auth = {
  'auth.heading': 'Log in to Sanad',
  'auth.subtitle': 'Use the account your desk gave you.',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.logIn': 'Log in',
  'auth.loggingIn': 'Logging in…',
  'auth.wrongCredentials': 'The email or password is not right.',
  'auth.demoAccounts': 'Demo accounts',
  'auth.demoMode': 'Demo mode',
  'auth.demoHint': 'Log in as <0>{accounts}</0> with the password <1>{password}</1>.',
} as const;
