import { Button, Card, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { listPlans, PLAN_STATUSES, type PlanStatus, type PlanSummary } from '../../api/plans';
import { useUser } from '../../auth/AuthContext';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { canOpen } from '../../nav/access';
import { PlanStatusTag } from './PlanStatusTag';

const asStatus = (v: string): PlanStatus | undefined => ((PLAN_STATUSES as readonly string[]).includes(v) ? (v as PlanStatus) : undefined);
const day = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** 年度检查计划: the department's plans (the coordinator and supervisors see every department's). */
export function PlansPage() {
  const t = useT();
  const user = useUser();
  const list = useListParams();
  const year = Number(list.get('year')) || undefined;
  const status = asStatus(list.get('status'));
  const { data, error, loading, reload } = useAsync(
    () => listPlans({ year, status, department: user.department?.code, limit: list.pageSize, offset: list.offset }),
    [year, status, user.department?.code, list.pageSize, list.offset],
  );
  const thisYear = dayjs().year();

  const columns: ColumnsType<PlanSummary> = [
    ...(user.department ? [] : [{ title: t('fl.col.department'), key: 'department', render: (_: unknown, p: PlanSummary) => p.department.name }]),
    {
      title: t('plan.year'),
      key: 'year',
      width: 160,
      render: (_, p) => (
        <Link to={`/plans/${p.id}`} data-testid={`plan-link-${p.id}`}>
          {t('plan.yearTitle', { year: p.year })} · {t('plan.revision', { revision: p.revision })}
        </Link>
      ),
    },
    { title: t('fl.col.state'), key: 'status', width: 120, render: (_, p) => <PlanStatusTag status={p.status} /> },
    { title: t('plan.taskCount'), dataIndex: 'taskCount', width: 100, align: 'right' },
    { title: t('plan.submittedAt'), key: 'submittedAt', width: 130, render: (_, p) => day(p.submittedAt) },
    { title: t('plan.publishedAt'), key: 'publishedAt', width: 130, render: (_, p) => day(p.publishedAt) },
    { title: t('plan.reviewComment'), dataIndex: 'reviewComment', ellipsis: true, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <PageContainer
      title={t('plan.title')}
      subTitle={t('plan.intro')}
      extra={
        canOpen(user, 'planEdit') && (
          <Link to="/plans/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="plan-new">
              {t('plan.new')}
            </Button>
          </Link>
        )
      }
    >
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <Select<number>
            allowClear
            placeholder={t('plan.year')}
            value={year}
            onChange={(v) => list.update({ year: v })}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: t('plan.yearTitle', { year: y }) }))}
            style={{ width: 140 }}
            data-testid="plans-filter-year"
          />
          <Select<PlanStatus>
            allowClear
            placeholder={t('fl.col.state')}
            value={status}
            onChange={(v) => list.update({ status: v })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
            style={{ width: 160 }}
            data-testid="plans-filter-status"
          />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<PlanSummary>
            rowKey="id"
            data-testid="plans-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            locale={{ emptyText: t('plan.empty') }}
            scroll={{ x: 900 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
