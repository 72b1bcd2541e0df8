import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../i18n';

export type ErrorStatus = 403 | 404 | 500;

interface Props {
  status: ErrorStatus;
  /** Overrides the standard explanation (e.g. the server's own message). */
  detail?: string;
  onRetry?: () => void;
}

/** 无权访问 / 页面不存在 / 服务器错误, as antd Result (data-testid="error-403" …). */
export function ErrorResult({ status, detail, onRetry }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const key = String(status) as '403' | '404' | '500';
  return (
    <div data-testid={`error-${status}`} className="yqs-error-page">
    <Result
      status={key}
      title={<span data-testid="page-title">{t(`error.${key}.title`)}</span>}
      subTitle={detail || t(`error.${key}.sub`)}
      extra={[
        <Button type="primary" key="home" onClick={() => navigate('/')}>
          {t('error.backHome')}
        </Button>,
        onRetry && (
          <Button key="retry" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ),
      ]}
    />
    </div>
  );
}
