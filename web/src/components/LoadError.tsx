import { Alert, Button } from 'antd';
import { ApiError } from '../api/client';
import { useT } from '../i18n';
import { ErrorResult } from './ErrorResult';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Always a compact alert (e.g. above a table that still shows the previous page). */
  inline?: boolean;
}

/** A page whose request failed: 403/404/5xx become the matching error page, the rest an alert. */
export function LoadError({ error, onRetry, inline = false }: Props) {
  const t = useT();
  if (!inline && error instanceof ApiError) {
    if (error.status === 403) return <ErrorResult status={403} detail={error.message} />;
    if (error.status === 404) return <ErrorResult status={404} detail={error.message} />;
    if (error.status >= 500) return <ErrorResult status={500} onRetry={onRetry} />;
  }
  let text = t('error.500.sub');
  if (error instanceof ApiError) {
    if (error.status === 0) text = t('error.network');
    else if (error.status < 500 && error.message) text = error.message;
    else if (error.status < 500) text = t('error.unknown', { status: error.status });
  }
  return (
    <Alert
      type="error"
      showIcon
      title={text}
      className="yqs-load-error"
      data-testid="load-error"
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

/** Pattern for lists: the error page when nothing loaded, otherwise an alert above the stale rows. */
export function ListError({ error, hasData, onRetry }: { error: unknown; hasData: boolean; onRetry: () => void }) {
  if (!error || !hasData) return null;
  return <LoadError error={error} onRetry={onRetry} inline />;
}
