import { ClienteleError } from '@clientele/sdk';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { Notice } from '../components/Notice';
import { describeError } from '../errors';
import { useTitle } from '../hooks';
import { apiFor } from '../session';

/** Asks for an API key and checks it with one read before keeping it. */
export function SignIn({ from }: { from: string }) {
  useTitle('Sign in');
  const { notice, signIn } = useAuth();
  const navigate = useNavigate();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const given = key.trim();
    if (!given) {
      setError('Enter your API key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await apiFor(given).users.list();
      signIn(given);
      navigate(from === '/' || from === '' ? '/contacts' : from, { replace: true });
    } catch (e) {
      setError(
        e instanceof ClienteleError && e.status === 401
          ? 'That API key was not accepted. Check it and try again.'
          : describeError(e),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin">
      <h1>Sign in to Clientele</h1>
      {notice && <Notice kind="info">{notice}</Notice>}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="api-key">API key</label>
          <input
            id="api-key"
            name="apiKey"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-describedby={error ? 'api-key-error api-key-hint' : 'api-key-hint'}
            aria-invalid={error ? true : undefined}
          />
          <p id="api-key-hint" className="hint">
            It starts with <code>ck_</code>. It is kept in this tab only and forgotten when the tab closes.
          </p>
          {error && (
            <p id="api-key-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
