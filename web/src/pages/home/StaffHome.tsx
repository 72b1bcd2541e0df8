import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { ApartmentOutlined, AuditOutlined, BankOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext';
import { useAsync } from '../../components/useAsync';
import { useT, type MessageKey } from '../../i18n';
import { GradeChart } from './GradeChart';
import { loadStaffFigures, type StaffFigures } from './homeData';
import { QuickLinks } from './QuickLinks';
import { AlertSummaryCard } from '../alerts/AlertSummaryCard';
import { canOpen } from '../../nav/access';

interface Stat {
  id: keyof Omit<StaffFigures, 'grades'>;
  labelKey: MessageKey;
  icon: ReactNode;
  to?: string;
}

export function StaffHome() {
  const t = useT();
  const user = useUser();
  const { data, loading } = useAsync(() => loadStaffFigures(user), [user]);
  const ownPath = user.department ? `/departments/${encodeURIComponent(user.department.code)}` : undefined;

  const stats: Stat[] = [
    { id: 'departments', labelKey: 'home.stat.departments', icon: <ApartmentOutlined />, to: '/departments' },
    { id: 'items', labelKey: 'home.stat.items', icon: <UnorderedListOutlined />, to: '/departments' },
    { id: 'ownItems', labelKey: 'home.stat.ownItems', icon: <UnorderedListOutlined />, to: ownPath },
    { id: 'enterprises', labelKey: 'home.stat.enterprises', icon: <BankOutlined />, to: '/enterprises' },
    { id: 'audit', labelKey: 'home.stat.audit', icon: <AuditOutlined />, to: '/audit' },
  ];
  const visible = stats.filter((s) => data?.[s.id] !== undefined);

  return (
    <Row gutter={[16, 16]}>
      {loading && !data ? (
        <Col span={24}>
          <Card>
            <Skeleton active paragraph={{ rows: 2 }} />
          </Card>
        </Col>
      ) : (
        visible.map((s) => (
          <Col key={s.id} xs={24} sm={12} xl={visible.length === 1 ? 12 : Math.max(6, Math.floor(24 / visible.length))}>
            <Card className="yqs-stat-card" data-testid={`stat-${s.id}`}>
              <Statistic
                title={s.to ? <Link to={s.to}>{t(s.labelKey)}</Link> : t(s.labelKey)}
                value={data?.[s.id]}
                prefix={<span className="yqs-stat-icon">{s.icon}</span>}
              />
            </Card>
          </Col>
        ))
      )}
      {canOpen(user, 'alerts') && (
        <Col xs={24}>
          <AlertSummaryCard />
        </Col>
      )}
      {data?.grades && (
        <Col xs={24} xl={16}>
          <Card title={t('home.gradeChart')} extra={<span className="yqs-muted">{t('home.gradeChartNote')}</span>}>
            <GradeChart counts={data.grades} />
          </Card>
        </Col>
      )}
      <Col xs={24} xl={data?.grades ? 8 : 24}>
        <QuickLinks fill={Boolean(data?.grades)} />
      </Col>
    </Row>
  );
}
