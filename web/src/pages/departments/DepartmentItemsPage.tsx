import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useParams } from 'react-router-dom';
import { getDepartment, listDepartmentItems } from '../../api/endpoints';
import type { InspectionItem } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ErrorResult } from '../../components/ErrorResult';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer, type Crumb } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { ModeTags } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { canOpen, canSeeDepartment } from '../../nav/access';
import { ItemChecklist } from './ItemChecklist';

export function DepartmentItemsPage() {
  const user = useUser();
  const { code = '' } = useParams();
  if (!canSeeDepartment(user, code)) return <ErrorResult status={403} />;
  return <DepartmentCatalog code={code} />;
}

function DepartmentCatalog({ code }: { code: string }) {
  const t = useT();
  const user = useUser();
  const list = useListParams();
  const q = list.get('q');
  const dept = useAsync(() => getDepartment(code), [code]);
  const items = useAsync(
    () => listDepartmentItems(code, { q, limit: list.pageSize, offset: list.offset }),
    [code, q, list.pageSize, list.offset],
  );

  if (dept.error) return <LoadError error={dept.error} onRetry={dept.reload} />;

  const name = dept.data?.name ?? code;
  const crumbs: Crumb[] = canOpen(user, 'departments')
    ? [{ title: t('nav.departments'), to: '/departments' }, { title: name }]
    : [{ title: t('nav.ownDepartment') }];

  const columns: ColumnsType<InspectionItem> = [
    { title: t('item.code'), dataIndex: 'code', width: 150, render: (v: string) => <Typography.Text className="yqs-mono">{v}</Typography.Text> },
    { title: t('item.name'), dataIndex: 'name', width: 260, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('item.legalBasis'), dataIndex: 'legalBasis', render: (v: string) => <span className="yqs-legal">{v}</span> },
    {
      title: t('item.modes'),
      key: 'modes',
      width: 200,
      render: (_, item) => <ModeTags modes={item.modes} delegable={item.delegable} />,
    },
    { title: t('item.version'), dataIndex: 'version', width: 80, align: 'center', render: (v: number) => <Tag>v{v}</Tag> },
  ];

  return (
    <PageContainer
      title={t('dept.catalogTitle', { name })}
      subTitle={dept.data ? t('dept.meta', { code: dept.data.code, head: dept.data.headName || t('common.none') }) : undefined}
      crumbs={crumbs}
    >
      <Card>
        <div className="yqs-toolbar">
          <SearchInput value={q} width={340} placeholder={t('item.searchPlaceholder')} onSearch={(v) => list.update({ q: v })} />
        </div>
        <ListError error={items.error} hasData={Boolean(items.data)} onRetry={items.reload} />
        {items.error && !items.data ? (
          <LoadError error={items.error} onRetry={items.reload} />
        ) : (
          <Table<InspectionItem>
            rowKey="code"
            data-testid="items-table"
            columns={columns}
            dataSource={items.data?.items}
            loading={items.loading}
            pagination={list.pagination(items.data?.total)}
            expandable={{ expandedRowRender: (item) => <ItemChecklist item={item} /> }}
            scroll={{ x: 900 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
