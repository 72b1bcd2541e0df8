import { Card, Skeleton, Statistic, Tag } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { alertSummary } from '../../api/alerts';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { kindColor, useKindLabel } from './AlertKindTag';

/** The home page's small alert card (coordinator, supervisors): open alerts this year by kind. */
export function AlertSummaryCard() {
  const t = useT();
  const label = useKindLabel();
  const { data, loading } = useAsync(() => alertSummary(), []);
  const open = (data?.kinds ?? []).filter((k) => k.open > 0);
  return (
    <Card size="small" title={t('al.card.title')} extra={<Link to="/alerts">{t('al.card.more')}</Link>} data-testid="home-alerts">
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 32px' }}>
          <Statistic title={t('al.card.open')} value={data?.open ?? 0} prefix={<AlertOutlined />} styles={data?.open ? { content: { color: '#cf1322' } } : undefined} />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, flex: 1 }}>
            {open.length === 0 && <span className="yqs-muted">{t('al.card.none')}</span>}
            {open.map((k) => (
              <Link key={k.kind} to={`/alerts?kind=${encodeURIComponent(k.kind)}`}>
                <Tag color={kindColor(k.kind)} style={{ cursor: 'pointer', marginInlineEnd: 0, fontSize: 13, padding: '2px 8px' }}>
                  {label(k.kind, k.label)} {k.open}
                </Tag>
              </Link>
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}
