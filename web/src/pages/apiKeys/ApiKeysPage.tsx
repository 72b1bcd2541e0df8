import { useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { listApiKeys, revokeApiKey } from '../../api/endpoints';
import type { ApiKey, IssuedApiKey } from '../../api/types';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { IssuedKeyModal } from './IssuedKeyModal';
import { IssueKeyModal } from './IssueKeyModal';

const fmt = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');

export function ApiKeysPage() {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useAsync(() => listApiKeys(), []);
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);

  const revoke = async (key: ApiKey) => {
    await revokeApiKey(key.id);
    message.success(t('keys.revokeDone'));
    reload();
  };

  const columns: ColumnsType<ApiKey> = [
    { title: t('keys.name'), dataIndex: 'name', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: t('keys.prefix'),
      dataIndex: 'prefix',
      width: 140,
      render: (v: string | undefined) => (v ? <Typography.Text code>{v}…</Typography.Text> : t('common.none')),
    },
    { title: t('keys.user'), key: 'user', width: 180, render: (_, k) => <span className="yqs-mono">{k.user.username}</span> },
    { title: t('keys.createdAt'), dataIndex: 'createdAt', width: 170, render: fmt },
    { title: t('keys.lastUsedAt'), dataIndex: 'lastUsedAt', width: 170, render: (v: string | null) => (v ? fmt(v) : <span className="yqs-muted">{t('keys.never')}</span>) },
    {
      title: t('keys.status'),
      key: 'status',
      width: 110,
      render: (_, k) =>
        k.revokedAt ? (
          <Tooltip title={t('keys.revokedAt', { time: fmt(k.revokedAt) })}>
            <Tag>{t('keys.revoked')}</Tag>
          </Tooltip>
        ) : (
          <Tag color="success">{t('keys.active')}</Tag>
        ),
    },
    {
      title: t('keys.actions'),
      key: 'actions',
      width: 100,
      align: 'center',
      render: (_, k) =>
        k.revokedAt ? null : (
          <Popconfirm
            title={t('keys.revokeConfirm', { name: k.name })}
            description={t('keys.revokeConfirmDesc')}
            okText={t('keys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(k)}
          >
            <Button type="link" danger size="small" data-testid={`revoke-key-${k.id}`}>
              {t('keys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('keys.title')}
      subTitle={t('keys.intro')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="issue-key-button">
          {t('keys.issue')}
        </Button>
      }
    >
      <Card>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<ApiKey>
            rowKey="id"
            data-testid="api-keys-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
      <IssueKeyModal
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(value) => {
          setIssuing(false);
          setIssued(value);
          reload();
        }}
      />
      <IssuedKeyModal issued={issued} onClose={() => setIssued(null)} />
    </PageContainer>
  );
}
