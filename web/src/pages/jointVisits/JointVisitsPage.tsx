import { Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { listJointVisits, type JointVisitSummary } from '../../api/jointVisits';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { DepartmentTags } from './ProposalParts';
import './jointVisits.css';

/** 联合检查: every joint visit (however formed); a department sees the ones it takes part in. */
export function JointVisitsPage() {
  const t = useT();
  const list = useListParams();
  const q = list.get('q');
  const from = list.get('from');
  const to = list.get('to');
  const { data, error, loading, reload } = useAsync(
    () => listJointVisits({ q: q || undefined, from: from || undefined, to: to || undefined, limit: list.pageSize, offset: list.offset }),
    [q, from, to, list.pageSize, list.offset],
  );
  const columns: ColumnsType<JointVisitSummary> = [
    { title: '#', dataIndex: 'id', width: 80, render: (id: number) => <Link to={`/joint-visits/${id}`}>#{id}</Link> },
    {
      title: t('jv.col.enterprise'),
      key: 'enterprise',
      width: 250,
      render: (_, v) => (
        <Space size={6}>
          <Link to={`/joint-visits/${v.id}`} data-testid={`joint-visit-link-${v.id}`}>
            {v.enterprise.name}
          </Link>
          <GradeTag grade={v.enterprise.grade} />
        </Space>
      ),
    },
    { title: t('jv.col.visitDate'), dataIndex: 'date', width: 120 },
    { title: t('jv.col.departments'), key: 'departments', width: 280, render: (_, v) => <DepartmentTags departments={v.departments} lead={v.lead} /> },
    {
      title: t('jv.detail.accepted'),
      key: 'accepted',
      width: 190,
      render: (_, v) =>
        v.accepted ? <Typography.Text ellipsis={{ tooltip: v.accepted.reason }}>{v.accepted.reason}</Typography.Text> : <Typography.Text type="secondary">{t('jv.detail.formedAtFiling')}</Typography.Text>,
    },
    { title: t('jv.col.code'), key: 'code', width: 100, render: (_, v) => (v.hasCode ? <Tag color="success">{t('jv.code.issued')}</Tag> : <Tag>{t('jv.code.none')}</Tag>) },
  ];
  return (
    <PageContainer title={t('jv.visits.title')} subTitle={t('jv.visits.intro')}>
      <Card>
        <Space wrap className="jv-filters">
          <SearchInput value={q} placeholder={t('jv.filter.search')} onSearch={(v) => list.update({ q: v })} testId="joint-visits-search" />
          <DatePicker.RangePicker
            value={from && to ? [dayjs(from), dayjs(to)] : null}
            onChange={(r) => list.update({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<JointVisitSummary> rowKey="id" data-testid="joint-visits-table" columns={columns} dataSource={data?.items} loading={loading} pagination={list.pagination(data?.total)} scroll={{ x: 1040 }} />
        )}
      </Card>
    </PageContainer>
  );
}
