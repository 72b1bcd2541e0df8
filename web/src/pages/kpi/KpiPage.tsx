// 指标看板: the county's inspection KPIs for a year against the year before — joint-inspection rate
// (both definitions, the policy's primary one against the target), off-site share, on-site totals,
// visits per enterprise, by month, department and town. Filters and year live in the URL.
import { Alert, Button, Col, Row, Select, Space, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { listDepartments, listTowns } from '../../api/endpoints';
import { getKpi, kpiExportUrl } from '../../api/kpi';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { isDepartmentUser } from '../../nav/access';
import { BreakdownChart } from './BreakdownChart';
import { JointRateGauge } from './JointRateGauge';
import { KpiCards } from './KpiCards';
import { MonthlyChart, OffsiteMonthlyChart } from './MonthlyChart';
import { PerEnterpriseChart } from './PerEnterpriseChart';
import './kpi.css';

export function KpiPage() {
  const t = useT();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(params.get('year')) || thisYear;
  const department = params.get('department') ?? undefined;
  const town = params.get('town') ?? undefined;
  const departmentUser = isDepartmentUser(user);

  const set = (key: string, value: string | number | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
      return next;
    });

  const query = { year, department, town };
  const { data, error, loading, reload } = useAsync(() => getKpi(query), [year, department, town]);
  const options = useAsync(
    () => Promise.all([departmentUser ? Promise.resolve({ items: [] }) : listDepartments({ limit: 200, offset: 0 }), listTowns()]),
    [departmentUser],
  );
  const departmentOptions = departmentUser
    ? user.department
      ? [{ value: user.department.code, label: user.department.name }]
      : []
    : (options.data?.[0].items ?? []).map((d) => ({ value: d.code, label: d.name }));
  const townOptions = (options.data?.[1].items ?? []).map((x) => ({ value: x.code, label: x.name }));

  return (
    <PageContainer
      title={t('kpi.title')}
      subTitle={t('kpi.intro')}
      extra={
        <Button icon={<DownloadOutlined />} href={kpiExportUrl(query)} data-testid="kpi-export">
          {t('kpi.export')}
        </Button>
      }
    >
      <div className="yqs-kpi-toolbar">
        <Space wrap size={[12, 12]}>
          <Select<number>
            value={year}
            onChange={(v) => set('year', v === thisYear ? undefined : v)}
            options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: t('kpi.year', { year: y }) }))}
            style={{ width: 110 }}
            data-testid="kpi-year"
          />
          <Select<string>
            allowClear
            placeholder={t('kpi.allDepartments')}
            value={department}
            onChange={(v) => set('department', v)}
            options={departmentOptions}
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="kpi-department"
          />
          <Select<string>
            allowClear
            placeholder={t('kpi.allTowns')}
            value={town}
            onChange={(v) => set('town', v)}
            options={townOptions}
            style={{ width: 180 }}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="kpi-town"
          />
        </Space>
        {data?.policy && <Typography.Text type="secondary">{t('kpi.policy', { policy: data.policy })}</Typography.Text>}
      </div>
      {departmentUser && <Alert type="info" showIcon title={t('kpi.ownDepartmentOnly')} className="yqs-kpi-alert" />}
      {error && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Spin className="yqs-page-spin" />
      ) : (
        <Spin spinning={loading}>
          <div className="yqs-kpi" data-testid="kpi-dashboard">
            {data.current.onsite.visits === 0 && data.current.offsite.offsite === 0 && <Alert type="info" showIcon title={t('kpi.empty')} />}
            <KpiCards kpi={data} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={9}>
                <JointRateGauge data={data.current} primary={data.primary} />
              </Col>
              <Col xs={24} xl={15}>
                <MonthlyChart kpi={data} />
              </Col>
            </Row>
            <BreakdownChart
              title={t('kpi.departmentTitle')}
              current={data.current.byDepartment}
              previous={data.previous.byDepartment}
              years={[data.current.year, data.previous.year]}
              primary={data.primary}
              target={data.current.jointRate.target}
              testId="kpi-by-department"
            />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12} xxl={8}>
                <BreakdownChart
                  title={t('kpi.townTitle')}
                  current={data.current.byTown}
                  previous={data.previous.byTown}
                  years={[data.current.year, data.previous.year]}
                  primary={data.primary}
                  target={data.current.jointRate.target}
                  testId="kpi-by-town"
                />
              </Col>
              <Col xs={24} lg={12} xxl={8}>
                <PerEnterpriseChart kpi={data} />
              </Col>
              <Col xs={24} lg={24} xxl={8}>
                <OffsiteMonthlyChart kpi={data} />
              </Col>
            </Row>
          </div>
        </Spin>
      )}
    </PageContainer>
  );
}
