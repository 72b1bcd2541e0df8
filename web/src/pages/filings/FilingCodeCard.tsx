import { Card, Space, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { FilingDetail } from '../../api/filings';
import { useT } from '../../i18n';

/** 检查码: the QR code inspectors show at the door and a link to its verify page; nothing when the filing has none. */
export function FilingCodeCard({ filing }: { filing: FilingDetail }) {
  const t = useT();
  if (!filing.codeUrl) return null;
  return (
    <Card size="small" title={<Space size={6}><QrcodeOutlined />{t('fl.code.title')}</Space>} data-testid="filing-code">
      <Space orientation="vertical" size={8} align="center" style={{ width: '100%' }}>
        {filing.codeQr && (
          <img src={filing.codeQr} alt={t('fl.code.title')} width={220} height={220} style={{ maxWidth: '100%', height: 'auto' }} data-testid="filing-code-qr" />
        )}
        {filing.codeValidFrom && filing.codeValidTo && (
          <Typography.Text strong>{t('fl.code.valid', { from: filing.codeValidFrom, to: filing.codeValidTo })}</Typography.Text>
        )}
        <Typography.Text type="secondary">{t('fl.code.intro')}</Typography.Text>
        <Link to={filing.codeUrl} target="_blank" data-testid="filing-code-link">
          {t('fl.code.open')}
        </Link>
      </Space>
    </Card>
  );
}
