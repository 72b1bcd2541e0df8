import { useState } from 'react';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { getFiling, listFilings, runFilingAction, type FilingAction, type FilingDetail, type FilingState, type FilingSummary } from '../../api/filings';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { ActionModal } from './ActionModal';
import { FilingStateTag, KindModeText } from './FilingTags';
import './filings.css';

type Queue = 'approval' | 'review';

const QUEUES: Record<Queue, { states: FilingState[]; actions: FilingAction[] }> = {
  approval: { states: ['submitted'], actions: ['approve', 'reject'] },
  review: { states: ['head_approved', 'merge_required'], actions: ['accept', 'return', 'require_merge'] },
};

/** 待我审批 (the department head) and 备案审核 (the coordinator): filings waiting for them, acted on after a confirmation. */
export function FilingQueuePage({ queue }: { queue: Queue }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useListParams();
  const config = QUEUES[queue];
  const { data, error, loading, reload } = useAsync(
    () => listFilings({ state: config.states, limit: list.pageSize, offset: list.offset }),
    [queue, list.pageSize, list.offset],
  );
  const [target, setTarget] = useState<{ filing: FilingDetail; action: FilingAction } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  const open = async (id: number, action: FilingAction) => {
    setOpening(`${id}-${action}`);
    try {
      setTarget({ filing: await getFiling(id), action });
    } catch {
      message.error(t('error.500.sub'));
    } finally {
      setOpening(null);
    }
  };

  const columns: ColumnsType<FilingSummary> = [
    { title: t('fl.col.id'), dataIndex: 'id', width: 80, render: (id: number) => <Link to={`/filings/${id}`}>#{id}</Link> },
    {
      title: t('fl.col.enterprise'),
      key: 'enterprise',
      width: 260,
      render: (_, f) => (
        <Space size={6}>
          <Link to={`/filings/${f.id}`}>{f.enterprise.name}</Link>
          <GradeTag grade={f.enterprise.grade} />
        </Space>
      ),
    },
    ...(queue === 'review' ? [{ title: t('fl.col.department'), key: 'department', width: 170, render: (_: unknown, f: FilingSummary) => f.department.name }] : []),
    { title: t('fl.col.kind'), key: 'kind', width: 150, render: (_, f) => <KindModeText kind={f.kind} mode={f.mode} /> },
    { title: t('fl.col.items'), key: 'items', ellipsis: true, width: 220, render: (_, f) => <Typography.Text ellipsis={{ tooltip: f.items.join('；') }}>{f.items.join('；')}</Typography.Text> },
    { title: t('fl.col.date'), dataIndex: 'plannedDate', width: 120 },
    { title: t('fl.col.state'), key: 'state', width: 150, render: (_, f) => <FilingStateTag state={f.state} /> },
    {
      title: t('fl.col.actions'),
      key: 'actions',
      width: queue === 'review' ? 250 : 170,
      fixed: 'right',
      render: (_, f) => (
        <Space size={4} wrap>
          {config.actions
            .filter((a) => !(a === 'require_merge' && f.state === 'merge_required'))
            .map((a, i) => (
              <Button
                key={a}
                size="small"
                type={i === 0 ? 'primary' : 'default'}
                loading={opening === `${f.id}-${a}`}
                onClick={() => void open(f.id, a)}
                data-testid={`queue-${a}-${f.id}`}
              >
                {t(`fl.act.${a}`)}
              </Button>
            ))}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t(`flq.${queue}.title`)} subTitle={t(`flq.${queue}.intro`)}>
      <Card>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<FilingSummary>
            rowKey="id"
            data-testid={`queue-${queue}`}
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            locale={{ emptyText: t(`flq.${queue}.empty`) }}
            scroll={{ x: 1240 }}
          />
        )}
      </Card>
      <ActionModal
        open={target !== null}
        action={target?.action ?? null}
        filing={target?.filing ?? null}
        onCancel={() => setTarget(null)}
        run={async (action, body) => {
          if (!target) return;
          const next = await runFilingAction(target.filing.id, action, body);
          setTarget(null);
          message.success(t('fl.act.done', { action: t(`fl.act.${action}`), state: t(`fl.state.${next.state}`) }));
          reload();
        }}
      />
    </PageContainer>
  );
}
