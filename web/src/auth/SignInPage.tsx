import { useId, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { expectsUnauthenticated } from '../api/client';
import { errorCode, errorMessage } from '../api/errors';
import { graphql } from '../gql';
import { Button } from '../ui/Button';

const SignInMutation = graphql(`
  mutation SignInPage_SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      user {
        ...SessionProvider_User
      }
    }
  }
`);

export function SignInPage({ onSignedIn }: { onSignedIn(): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const context = useMemo(() => expectsUnauthenticated, []);
  const usernameId = useId();
  const passwordId = useId();
  const errorId = useId();

  async function submit() {
    if (fetching) return;
    const result = await signIn({ username: username.trim(), password }, context);
    if (result.data?.signIn.user) onSignedIn();
  }

  // A wrong username or password comes back as UNAUTHENTICATED with the server's explanation.
  const message = error ? errorMessage(error) || (errorCode(error) === 'UNAUTHENTICATED' ? 'The username or password is not correct.' : null) : null;

  return (
    <main className="sign-in">
      <form
        className="card sign-in__card"
        aria-labelledby={`${usernameId}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="sign-in__brand">
          <Logo />
          <span>Custodian</span>
        </div>
        <h1 id={`${usernameId}-title`} className="sign-in__title">
          Sign in
        </h1>
        <p className="muted">Export recorded sessions as verifiable evidence.</p>
        {message && (
          <div id={errorId} className="banner banner--danger" role="alert">
            {message}
          </div>
        )}
        <div className="field">
          <label htmlFor={usernameId} className="field__label">
            Username
          </label>
          <input
            id={usernameId}
            className="input"
            name="username"
            autoComplete="username"
            // biome-ignore lint/a11y/noAutofocus: signing in is all this page is for; focus starts where typing must.
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-describedby={message ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId} className="field__label">
            Password
          </label>
          <input
            id={passwordId}
            className="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <Button type="submit" variant="primary" className="sign-in__submit" busy={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </main>
  );
}

export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path d="M10 9h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2V11a2 2 0 0 1 2-2z" fill="none" stroke="#fff" strokeWidth="2" />
      <path d="M14 13l5 3-5 3z" fill="#fff" />
    </svg>
  );
}
