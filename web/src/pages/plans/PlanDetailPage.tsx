import { Card, Col, Descriptions, Row, Space, Spin, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router-dom';
import { getPlan } from '../../api/plans';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { PlanActions } from './PlanActions';
import { PlanStatusTag } from './PlanStatusTag';
import { PlanTasksTable } from './PlanTasksTable';
import './plans.css';

const HISTORY = ['create', 'update', 'submit', 'comment', 'return', 'accept', 'publish', 'supersede', 'revise'] as const;
const isKnown = (a: string): a is (typeof HISTORY)[number] => (HISTORY as readonly string[]).includes(a);
const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** One annual plan: its tasks, its review and publication, its history; the actions the user may take. */
export function PlanDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data: plan, error, reload } = useAsync(() => getPlan(Number(id)), [id]);
  const crumbs = [{ title: t('nav.plans'), to: '/plans' }, { title: `#${id}` }];
  if (error && !plan) {
    return (
      <PageContainer title={t('plan.title')} crumbs={crumbs}>
        <LoadError error={error} onRetry={reload} />
      </PageContainer>
    );
  }
  if (!plan) return <Spin className="yqs-page-spin" />;

  return (
    <PageContainer
      title={t('plan.detailTitle', { department: plan.department.name, year: plan.year })}
      subTitle={
        <Space size={8}>
          <PlanStatusTag status={plan.status} />
          <span>{t('plan.revision', { revision: plan.revision })}</span>
        </Space>
      }
      crumbs={crumbs}
      extra={<PlanActions plan={plan} onChanged={reload} />}
    >
      <Row gutter={[16, 16]} data-testid="plan-detail" data-status={plan.status}>
        <Col xs={24}>
          <Card title={t('plan.tasks', { count: plan.tasks.length })}>
            <PlanTasksTable testId="plan-tasks" tasks={plan.tasks.map((task) => ({ ...task, key: task.id }))} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('plan.facts')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('plan.submittedAt')}>{at(plan.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('plan.reviewedAt')}>{at(plan.reviewedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('plan.publishedAt')}>{at(plan.publishedAt)}</Descriptions.Item>
              {plan.reviewComment && <Descriptions.Item label={t('plan.reviewComment')}>{plan.reviewComment}</Descriptions.Item>}
              {plan.revisionReason && <Descriptions.Item label={t('plan.revisionReasonLabel')}>{plan.revisionReason}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('fl.d.history')} data-testid="plan-history">
            <Timeline
              items={plan.history.map((h, i) => ({
                key: i,
                content: (
                  <div className="yqs-plan-history-entry">
                    <Space size={6} wrap>
                      <Typography.Text strong>{isKnown(h.action) ? t(`plan.hist.${h.action}`) : h.action}</Typography.Text>
                      <PlanStatusTag status={h.toStatus} />
                    </Space>
                    <Typography.Text type="secondary">
                      {at(h.at)} · {h.by?.displayName ?? t('common.system')}
                    </Typography.Text>
                    {h.comment && <div className="yqs-plan-history-comment">{h.comment}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
