import { useState } from 'react';
import { App, Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { listDelegations, withdrawDelegation, type Delegation } from '../../api/delegations';
import { useUser } from '../../auth/AuthContext';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { DepartmentFilter } from '../publications/DepartmentFilter';
import { AddDelegationModal } from './AddDelegationModal';
import { failureMessage } from '../../components/failureMessage';

type StatusFilter = 'active' | 'withdrawn' | 'all';

/** 委托检查事项清单库: the coordinator keeps it (add, withdraw with a reason); departments read it. */
export function DelegationsPage() {
  const t = useT();
  const user = useUser();
  const { message } = App.useApp();
  const list = useListParams();
  const status: StatusFilter = list.get('status') === 'withdrawn' || list.get('status') === 'all' ? (list.get('status') as StatusFilter) : 'active';
  const department = list.get('department');
  const delegate = list.get('delegate');
  const { data, error, loading, reload } = useAsync(
    () => listDelegations({ status, department: department || undefined, delegate: delegate || undefined, limit: list.pageSize, offset: list.offset }),
    [status, department, delegate, list.pageSize, list.offset],
  );
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Delegation | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const keeper = user.role === 'coordinator';

  const openWithdraw = (d: Delegation) => {
    setWithdrawing(d);
    setReason('');
  };
  const withdraw = async () => {
    if (!withdrawing) return;
    setBusy(true);
    try {
      await withdrawDelegation(withdrawing.id, reason.trim());
      message.success(t('dlg.withdrawn'));
      setWithdrawing(null);
      reload();
    } catch (e) {
      message.error(failureMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<Delegation> = [
    {
      title: t('dlg.item'),
      key: 'item',
      render: (_, d) => (
        <span>
          <Typography.Text strong>{d.item.name}</Typography.Text>{' '}
          <Typography.Text type="secondary" className="yqs-mono">
            {d.item.code}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('dlg.owner'), key: 'owner', width: 190, render: (_, d) => d.owner.name },
    { title: t('dlg.delegate'), key: 'delegate', width: 190, render: (_, d) => d.delegate.name },
    { title: t('dlg.valid'), key: 'valid', width: 210, render: (_, d) => `${d.validFrom} ~ ${d.validUntil ?? t('dlg.openEnded')}` },
    {
      title: t('fl.col.state'),
      key: 'status',
      width: 150,
      render: (_, d) => (d.status === 'active' ? <Tag color="success">{t('dlg.active')}</Tag> : <Tag title={d.withdrawalReason ?? ''}>{t('dlg.withdrawnTag')}</Tag>),
    },
    ...(keeper
      ? [
          {
            title: t('fl.col.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, d: Delegation) =>
              d.status === 'active' && (
                <Button size="small" danger onClick={() => openWithdraw(d)} data-testid={`delegation-withdraw-${d.id}`}>
                  {t('dlg.withdraw')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('pub.delegations.title')}
      subTitle={t('dlg.intro')}
      extra={
        keeper && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="delegation-add">
            {t('dlg.add')}
          </Button>
        )
      }
    >
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <Select<StatusFilter>
            value={status}
            onChange={(v) => list.update({ status: v === 'active' ? undefined : v })}
            options={(['active', 'withdrawn', 'all'] as const).map((s) => ({ value: s, label: t(`dlg.status.${s}`) }))}
            style={{ width: 130 }}
            data-testid="delegations-filter-status"
          />
          <DepartmentFilter value={department} onChange={(v) => list.update({ department: v })} testId="delegations-filter-owner" placeholder={t('dlg.allOwners')} />
          <DepartmentFilter value={delegate} onChange={(v) => list.update({ delegate: v })} testId="delegations-filter-delegate" placeholder={t('dlg.allDelegates')} />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<Delegation>
            rowKey="id"
            data-testid="delegations-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            locale={{ emptyText: t('dlg.empty') }}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
      <AddDelegationModal
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          message.success(t('dlg.added'));
          reload();
        }}
      />
      <Modal
        open={withdrawing !== null}
        title={t('dlg.withdraw')}
        onCancel={() => setWithdrawing(null)}
        okText={t('dlg.withdraw')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
        onOk={() => void withdraw()}
        destroyOnHidden
      >
        <Typography.Paragraph>{withdrawing && t('dlg.withdrawConfirm', { item: withdrawing.item.name, delegate: withdrawing.delegate.name })}</Typography.Paragraph>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('dlg.withdrawReason')}
          data-testid="delegation-withdraw-reason"
        />
      </Modal>
    </PageContainer>
  );
}
