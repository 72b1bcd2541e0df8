import { useEffect } from 'react';
import { App } from 'antd';
import { setErrorNotifier, type ApiError } from '../api/client';
import { useT } from '../i18n';

/** Shows every API error that a caller did not handle itself as an antd message, in the UI language. */
export function ApiErrorBridge() {
  const { message } = App.useApp();
  const t = useT();
  useEffect(() => {
    setErrorNotifier((error: ApiError) => {
      if (error.status === 0) {
        message.error(t('error.network'));
      } else if (error.status >= 500) {
        message.error(error.message || t('error.500.sub'));
      } else {
        message.error(error.message || t('error.unknown', { status: error.status }));
      }
    });
  }, [message, t]);
  return null;
}
