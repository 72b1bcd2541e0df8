import { Button, Card, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { listPublicPlans } from '../../api/plans';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { PlanTasksTable } from '../plans/PlanTasksTable';
import { DepartmentFilter } from './DepartmentFilter';
import '../plans/plans.css';

/** 年度入企检查计划 (public): every department's published plan for a year, without sign-in; also as Excel. */
export function PublicPlansPage() {
  const t = useT();
  const list = useListParams(50);
  const thisYear = dayjs().year();
  const year = Number(list.get('year')) || thisYear;
  const department = list.get('department');
  const { data, error, loading, reload } = useAsync(
    () => listPublicPlans({ year, department: department || undefined, limit: list.pageSize, offset: list.offset }),
    [year, department, list.pageSize, list.offset],
  );
  const excel = `/api/v1/public/plans.xlsx?year=${year}${department ? `&department=${encodeURIComponent(department)}` : ''}`;

  return (
    <PageContainer
      title={t('pub.plans.title', { year })}
      subTitle={t('pub.plans.intro')}
      crumbs={[{ title: t('public.home'), to: '/public' }, { title: t('pub.plans.crumb') }]}
      extra={
        <Button icon={<DownloadOutlined />} href={excel} data-testid="public-plans-export">
          {t('fl.export')}
        </Button>
      }
    >
      <Space wrap size={[12, 12]} className="yqs-toolbar">
        <Select<number>
          value={year}
          onChange={(v) => list.update({ year: v === thisYear ? undefined : v })}
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: t('pub.plans.year', { year: y }) }))}
          style={{ width: 140 }}
          data-testid="public-plans-year"
        />
        <DepartmentFilter value={department} onChange={(v) => list.update({ department: v })} testId="public-plans-department" />
      </Space>
      {error && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Spin className="yqs-page-spin" />
      ) : data.items.length === 0 ? (
        <Card>
          <Empty description={t('pub.plans.empty', { year })} data-testid="public-plans-empty" />
        </Card>
      ) : (
        <Spin spinning={loading}>
          <Space orientation="vertical" size={16} className="yqs-plan-stack" data-testid="public-plans">
            {data.items.map((p) => (
              <Card
                key={`${p.department.code}-${p.revision}`}
                title={
                  <Space wrap size={8}>
                    <span>{p.department.name}</span>
                    <Tag>{t('plan.revision', { revision: p.revision })}</Tag>
                  </Space>
                }
                extra={<Typography.Text type="secondary">{t('pub.plans.publishedAt', { at: dayjs(p.publishedAt).format('YYYY-MM-DD') })}</Typography.Text>}
                data-testid={`public-plan-${p.department.code}`}
              >
                {p.revisionReason && (
                  <Typography.Paragraph type="secondary">{t('plan.revisionReason', { reason: p.revisionReason })}</Typography.Paragraph>
                )}
                <PlanTasksTable
                  testId={`public-plan-tasks-${p.department.code}`}
                  tasks={p.tasks.map((task, i) => ({ ...task, key: i, enterprises: task.enterpriseCount }))}
                />
              </Card>
            ))}
          </Space>
        </Spin>
      )}
    </PageContainer>
  );
}
