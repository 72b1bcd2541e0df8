import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { App } from 'antd';
import { setUnauthorizedHandler } from '../api/client';
import { getSession, login as apiLogin, logout as apiLogout } from '../api/endpoints';
import type { User } from '../api/types';
import { useT } from '../i18n';

type Status = 'loading' | 'ready' | 'error';

interface AuthValue {
  status: Status;
  user: User | null;
  /** True after the user signed out themselves (the guard then skips the ?redirect= back-link). */
  signedOut: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const t = useT();
  const [status, setStatus] = useState<Status>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    let alive = true;
    setStatus('loading');
    getSession()
      .then((value) => {
        if (!alive) return;
        setUser(value);
        setStatus('ready');
      })
      .catch(() => alive && setStatus('error'));
    return () => {
      alive = false;
    };
  }, [attempt]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser((previous) => {
        if (previous) message.warning({ content: t('error.sessionExpired'), key: 'session-expired' });
        return null;
      });
    });
  }, [message, t]);

  const login = useCallback(async (username: string, password: string) => {
    const value = await apiLogin(username, password);
    setSignedOut(false);
    setUser(value);
    setStatus('ready');
    return value;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      setSignedOut(true);
      setUser(null);
    }
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo(() => ({ status, user, signedOut, login, logout, retry }),
    [status, user, signedOut, login, logout, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
