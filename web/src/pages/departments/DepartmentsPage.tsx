import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { listDepartments } from '../../api/endpoints';
import type { Department } from '../../api/types';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';

const deptPath = (code: string) => `/departments/${encodeURIComponent(code)}`;

export function DepartmentsPage() {
  const t = useT();
  const list = useListParams();
  const q = list.get('q');
  const { data, error, loading, reload } = useAsync(
    () => listDepartments({ q, limit: list.pageSize, offset: list.offset }),
    [q, list.pageSize, list.offset],
  );

  const columns: ColumnsType<Department> = [
    { title: t('dept.code'), dataIndex: 'code', width: 140, render: (code: string) => <Typography.Text className="yqs-mono">{code}</Typography.Text> },
    { title: t('dept.name'), dataIndex: 'name', render: (name: string, d) => <Link to={deptPath(d.code)}>{name}</Link> },
    { title: t('dept.head'), dataIndex: 'headName', width: 160, render: (v: string | null) => v || t('common.none') },
    { title: t('dept.itemCount'), dataIndex: 'itemCount', width: 130, align: 'right' },
    {
      title: '',
      key: 'actions',
      width: 120,
      align: 'center',
      render: (_, d) => (
        <Link to={deptPath(d.code)}>
          <Button type="link" size="small">{t('dept.viewItems')}</Button>
        </Link>
      ),
    },
  ];

  return (
    <PageContainer title={t('dept.title')}>
      <Card>
        <div className="yqs-toolbar">
          <SearchInput value={q} placeholder={t('dept.searchPlaceholder')} onSearch={(v) => list.update({ q: v })} />
        </div>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<Department>
            rowKey="code"
            data-testid="departments-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            scroll={{ x: 720 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
