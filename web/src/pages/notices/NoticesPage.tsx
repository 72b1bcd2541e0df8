import { useState } from 'react';
import { App, Empty, Pagination, Space, Spin } from 'antd';
import { listNotices, type Notice } from '../../api/notices';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { AcknowledgeModal } from './AcknowledgeModal';
import { NoticeCard } from './NoticeCard';
import './notices.css';

/** 检查预告: the enterprise's notices of coming inspections, newest first, each to acknowledge. */
export function NoticesPage() {
  const t = useT();
  const { message } = App.useApp();
  const list = useListParams(10);
  const { data, error, loading, reload } = useAsync(() => listNotices(list.pageSize, list.offset), [list.pageSize, list.offset]);
  const [acking, setAcking] = useState<Notice | null>(null);
  const pagination = list.pagination(data?.total);

  return (
    <PageContainer title={t('ntc.title')} subTitle={t('ntc.intro')}>
      {error && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Spin className="yqs-page-spin" />
      ) : data.items.length === 0 ? (
        <Empty description={t('ntc.empty')} data-testid="notices-empty" />
      ) : (
        <Spin spinning={loading}>
          <Space orientation="vertical" size={16} className="yqs-ntc-list" data-testid="notices">
            {data.items.map((n) => (
              <NoticeCard key={n.id} notice={n} onAcknowledge={setAcking} />
            ))}
            {data.total > list.pageSize && (
              <Pagination current={pagination.current} pageSize={pagination.pageSize} total={data.total} onChange={pagination.onChange} showTotal={pagination.showTotal} />
            )}
          </Space>
        </Spin>
      )}
      <AcknowledgeModal
        notice={acking}
        onClose={() => setAcking(null)}
        onDone={() => {
          setAcking(null);
          message.success(t('ntc.ackDone'));
          reload();
        }}
      />
    </PageContainer>
  );
}
