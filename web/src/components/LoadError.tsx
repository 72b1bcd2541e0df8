import { Alert, Button } from 'antd';
import { ApiError } from '../api/client';
import { useT } from '../i18n';
import { ErrorResult } from './ErrorResult';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A page whose main request failed: 403/404/5xx become the matching error page, the rest an alert. */
export function LoadError({ error, onRetry }: Props) {
  const t = useT();
  if (error instanceof ApiError) {
    if (error.status === 403) return <ErrorResult status={403} />;
    if (error.status === 404) return <ErrorResult status={404} />;
    if (error.status >= 500) return <ErrorResult status={500} onRetry={onRetry} />;
  }
  const text =
    error instanceof ApiError && error.status === 0
      ? t('error.network')
      : error instanceof Error && error.message
        ? error.message
        : t('error.500.sub');
  return (
    <Alert
      type="error"
      showIcon
      title={text}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
