import { Button, Card, Empty, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { listFilings, type FilingState } from '../../api/filings';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { FilingStateTag } from '../filings/FilingTags';
import './inspections.css';

const VIEWS: Record<'open' | 'done', FilingState[]> = { open: ['accepted', 'notified', 'in_progress'], done: ['completed'] };

/** 我的检查任务: the department's approved inspections to carry out (the record form says whether one is the user's). */
export function InspectionsPage() {
  const t = useT();
  const list = useListParams(20);
  const view = list.get('view') === 'done' ? 'done' : 'open';
  const { data, error, loading, reload } = useAsync(() => listFilings({ state: VIEWS[view], limit: list.pageSize, offset: list.offset }), [view, list.pageSize, list.offset]);

  return (
    <PageContainer title={t('nav.inspections')} subTitle={t('rec.listIntro')}>
      <Segmented
        value={view}
        onChange={(v) => list.update({ view: v === 'done' ? 'done' : undefined })}
        options={[
          { value: 'open', label: t('rec.view.open') },
          { value: 'done', label: t('rec.view.done') },
        ]}
        className="yqs-rec-views"
        data-testid="inspections-view"
      />
      {error && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Spin className="yqs-page-spin" />
      ) : data.items.length === 0 ? (
        <Empty description={t(`rec.empty.${view}`)} />
      ) : (
        <Spin spinning={loading}>
          <Space orientation="vertical" size={12} className="yqs-rec-list" data-testid="inspections">
            {data.items.map((f) => (
              <Card key={f.id} size="small" data-testid={`inspection-${f.id}`}>
                <div className="yqs-rec-task">
                  <div className="yqs-rec-task-body">
                    <Space wrap size={6}>
                      <Typography.Text strong>{f.enterprise.name}</Typography.Text>
                      <GradeTag grade={f.enterprise.grade} />
                    </Space>
                    <Space wrap size={6}>
                      <Tag color="blue">{f.plannedDate}</Tag>
                      <FilingStateTag state={f.state} />
                    </Space>
                    <Typography.Text type="secondary" ellipsis>
                      {f.items.join('；')}
                    </Typography.Text>
                  </div>
                  <Link to={`/inspections/${f.id}`}>
                    <Button type={f.state === 'completed' ? 'default' : 'primary'} icon={<RightOutlined />} iconPlacement="end" data-testid={`inspection-open-${f.id}`}>
                      {t(f.state === 'completed' ? 'common.view' : 'rec.open')}
                    </Button>
                  </Link>
                </div>
              </Card>
            ))}
          </Space>
        </Spin>
      )}
    </PageContainer>
  );
}
