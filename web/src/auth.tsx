import type { Clientele } from '@clientele/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { apiFor, storedKey, storeKey } from './session';

interface Auth {
  api: Clientele | null;
  /** Why the person was sent back to sign-in, shown there. */
  notice: string | null;
  signIn(key: string): void;
  signOut(notice?: string): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(storedKey);
  const [notice, setNotice] = useState<string | null>(null);
  const signIn = useCallback((next: string) => {
    storeKey(next);
    setNotice(null);
    setKey(next);
  }, []);
  const signOut = useCallback(
    (why?: string) => {
      storeKey(null);
      queryClient.clear();
      setNotice(why ?? null);
      setKey(null);
    },
    [queryClient],
  );
  const value = useMemo(
    () => ({ api: key ? apiFor(key) : null, notice, signIn, signOut }),
    [key, notice, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The SDK for pages behind sign-in (the router renders them only when a key is held). */
export function useApi(): Clientele {
  const { api } = useAuth();
  if (!api) throw new Error('useApi without a key');
  return api;
}
