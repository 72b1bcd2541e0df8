import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { ErrorResult } from '../components/ErrorResult';
import { canOpen, type PageId } from '../nav/access';
import { useAuth } from './AuthContext';

/** Signed-in area: waits for the session probe, sends visitors to /login?redirect=… */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, user, signedOut, retry } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Spin size="large" className="yqs-fullscreen-spin" />;
  if (status === 'error') return <ErrorResult status={500} onRetry={retry} />;
  if (!user) {
    const target = location.pathname + location.search;
    const redirect = target === '/' || signedOut ? '' : `?redirect=${encodeURIComponent(target)}`;
    return <Navigate to={`/login${redirect}`} replace />;
  }
  return <>{children}</>;
}

/** A page only some roles may open: anyone else sees 403 无权访问 (the API refuses them too). */
export function RequireRole({ page, children }: { page: PageId; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !canOpen(user, page)) return <ErrorResult status={403} />;
  return <>{children}</>;
}
