import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { listAudit } from '../../api/endpoints';
import type { AuditEntry } from '../../api/types';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { ActorName } from './ActorName';
import { AuditDrawer } from './AuditDrawer';
import { summarize } from './auditSummary';

export function AuditPage() {
  const t = useT();
  const list = useListParams();
  const entity = list.get('entity');
  const actor = list.get('actor');
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const { data, error, loading, reload } = useAsync(
    () => listAudit({ entity: entity || undefined, actor: actor || undefined, limit: list.pageSize, offset: list.offset }),
    [entity, actor, list.pageSize, list.offset],
  );

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.time'), dataIndex: 'at', width: 180, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 230,
      render: (_, e) => (e.actor ? <ActorName actor={e.actor} /> : <Tag>{t('common.system')}</Tag>),
    },
    { title: t('audit.action'), dataIndex: 'action', width: 160, render: (v: string) => <Tag color="blue">{v}</Tag> },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 220,
      render: (_, e) => (
        <span>
          {e.entity}
          {e.entityId && <span className="yqs-muted yqs-mono"> #{e.entityId}</span>}
        </span>
      ),
    },
    { title: t('audit.summary'), key: 'summary', ellipsis: true, render: (_, e) => summarize(e, t) },
    {
      title: '',
      key: 'view',
      width: 90,
      align: 'center',
      render: (_, e) => (
        <Button type="link" size="small" onClick={() => setOpen(e)} data-testid={`audit-view-${e.id}`}>
          {t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t('audit.title')}>
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <Input.Search
            allowClear
            key={`entity-${entity}`}
            defaultValue={entity}
            placeholder={t('audit.entityFilter')}
            onSearch={(v) => list.update({ entity: v.trim() })}
            style={{ width: 220 }}
            data-testid="filter-entity"
          />
          <Input.Search
            allowClear
            key={`actor-${actor}`}
            defaultValue={actor}
            placeholder={t('audit.actorFilter')}
            onSearch={(v) => list.update({ actor: v.trim() })}
            style={{ width: 220 }}
            data-testid="filter-actor"
          />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            data-testid="audit-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            onRow={(e) => ({ onDoubleClick: () => setOpen(e) })}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
      <AuditDrawer entry={open} onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
