import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { listEnterprises } from '../../api/endpoints';
import { GRADES, type Enterprise, type Grade } from '../../api/types';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { EnterpriseFlags, GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { EnterpriseFilters } from './EnterpriseFilters';

const asGrade = (value: string): Grade | undefined => (GRADES as readonly string[]).includes(value) ? (value as Grade) : undefined;

export function EnterprisesPage() {
  const t = useT();
  const list = useListParams();
  const q = list.get('q');
  const grade = asGrade(list.get('grade'));
  const town = list.get('town');
  const { data, error, loading, reload } = useAsync(
    () => listEnterprises({ q, grade, town: town || undefined, limit: list.pageSize, offset: list.offset }),
    [q, grade, town, list.pageSize, list.offset],
  );

  const columns: ColumnsType<Enterprise> = [
    {
      title: t('ent.name'),
      dataIndex: 'name',
      render: (name: string, e) => <Link to={`/enterprises/${encodeURIComponent(e.uscc)}`}>{name}</Link>,
    },
    { title: t('ent.uscc'), dataIndex: 'uscc', width: 200, render: (v: string) => <Typography.Text className="yqs-mono">{v}</Typography.Text> },
    { title: t('ent.grade'), dataIndex: 'grade', width: 100, align: 'center', render: (_, e) => <GradeTag grade={e.grade} year={e.gradeYear} /> },
    { title: t('ent.town'), key: 'town', width: 140, render: (_, e) => e.town?.name ?? t('common.none') },
    { title: t('ent.industry'), dataIndex: 'industry', width: 180, ellipsis: true, render: (v: string | null) => v || t('common.none') },
    { title: t('ent.tags'), key: 'tags', width: 170, render: (_, e) => <EnterpriseFlags aboveScale={e.aboveScale} keyEnterprise={e.key} /> },
  ];

  return (
    <PageContainer title={t('ent.title')}>
      <Card>
        <EnterpriseFilters q={q} grade={grade ?? ''} town={town} onChange={(patch) => list.update(patch)} />
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<Enterprise>
            rowKey="uscc"
            data-testid="enterprises-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            scroll={{ x: 960 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
