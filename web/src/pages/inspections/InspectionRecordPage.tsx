import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { completeInspection, getChecklist, getFiling, type FilingDetail } from '../../api/filings';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { FilingCodeCard } from '../filings/FilingCodeCard';
import { FilingStateTag, KindModeText } from '../filings/FilingTags';
import { ArrivalCard } from './ArrivalCard';
import { ChecklistCard, type AnswerValue } from './ChecklistCard';
import { EnterpriseHistoryCard } from './EnterpriseHistoryCard';
import { OutcomeCard, outcomeGaps, type OutcomeValue } from './OutcomeCard';
import { RecordSummary } from './RecordSummary';
import './inspections.css';
import { failureMessage } from '../../components/failureMessage';

/** 检查记录 on a phone: history first, then arrival, the frozen checklist, the findings, completion. */
export function InspectionRecordPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const { id = '' } = useParams();
  const filingId = Number(id);
  const loaded = useAsync(() => Promise.all([getFiling(filingId), getChecklist(filingId)]), [filingId]);
  const [filing, setFiling] = useState<FilingDetail | undefined>(undefined);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [outcome, setOutcome] = useState<OutcomeValue>({ problems: [], caseReference: '', summary: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setFiling(loaded.data?.[0]), [loaded.data]);
  const crumbs = [{ title: t('nav.inspections'), to: '/inspections' }, { title: `#${id}` }];

  if (loaded.error && !filing) {
    return (
      <PageContainer title={t('rec.title')} crumbs={crumbs}>
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      </PageContainer>
    );
  }
  if (!filing || !loaded.data) return <Spin className="yqs-page-spin" />;
  const questions = loaded.data[1].items;
  const recording = filing.transitions.includes('complete');
  const unanswered = questions.filter((q) => !answers[q.key]?.answer).length;
  const gaps = outcomeGaps(outcome);

  const complete = () =>
    modal.confirm({
      title: t('rec.completeConfirmTitle'),
      content: t('rec.completeConfirm', { enterprise: filing.enterprise.name, outcome: outcome.outcome ? t(`rec.outcome.${outcome.outcome}`) : '' }),
      okText: t('rec.complete'),
      okButtonProps: { id: 'record-complete-ok' },
      onOk: async () => {
        setBusy(true);
        setFailure(null);
        try {
          const next = await completeInspection(filing.id, {
            answers: questions.map((q) => ({ key: q.key, answer: answers[q.key]?.answer ?? 'na', ...(answers[q.key]?.note?.trim() ? { note: answers[q.key]?.note?.trim() } : {}) })),
            outcome: outcome.outcome ?? 'none',
            ...(outcome.outcome === 'problems' ? { problems: outcome.problems.map((p) => ({ description: p.description.trim(), rectifyBy: p.rectifyBy })) } : {}),
            ...(outcome.outcome === 'violation' ? { caseReference: outcome.caseReference.trim() } : {}),
            ...(outcome.summary.trim() ? { summary: outcome.summary.trim() } : {}),
          });
          setFiling(next);
          message.success(t('rec.completed'));
        } catch (error) {
          setFailure(failureMessage(error, t));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <PageContainer title={t('rec.title')} crumbs={crumbs}>
      <div className="yqs-rec" data-testid="record-page" data-state={filing.state}>
        <Card size="small" className="yqs-rec-head">
          <Space orientation="vertical" size={4}>
            <Space wrap size={6}>
              <Typography.Text strong className="yqs-rec-enterprise">
                {filing.enterprise.name}
              </Typography.Text>
              <GradeTag grade={filing.enterprise.grade} />
              <FilingStateTag state={filing.state} />
            </Space>
            <Typography.Text type="secondary">
              {filing.plannedDate} · <KindModeText kind={filing.kind} mode={filing.mode} /> · {filing.department.name}
            </Typography.Text>
            <Space wrap size={[4, 4]}>
              {filing.items.map((i) => (
                <Tag key={i.code}>{i.name}</Tag>
              ))}
            </Space>
            <Typography.Text type="secondary">{t('rec.team', { names: filing.inspectors.map((p) => p.displayName).join('、') })}</Typography.Text>
          </Space>
        </Card>
        {!filing.record?.completedAt && <FilingCodeCard filing={filing} />}
        <EnterpriseHistoryCard uscc={filing.enterprise.uscc} currentId={filing.id} />
        <ArrivalCard filing={filing} onChanged={setFiling} />
        {filing.record?.completedAt ? (
          <Card size="small">
            <RecordSummary record={filing.record} />
          </Card>
        ) : (
          <>
            <ChecklistCard questions={questions} answers={answers} disabled={!recording} onChange={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))} />
            <OutcomeCard value={outcome} onChange={setOutcome} disabled={!recording} />
            {failure && <Alert type="error" showIcon title={failure} data-testid="record-error" />}
            {recording && (unanswered > 0 || gaps.length > 0) && (
              <Typography.Text type="secondary" data-testid="record-gaps">
                {[...(unanswered > 0 ? [t('rec.gap.answers', { count: unanswered })] : []), ...gaps.map((g) => t(g))].join('；')}
              </Typography.Text>
            )}
            <Button
              type="primary"
              size="large"
              block
              icon={<CheckCircleOutlined />}
              disabled={!recording || unanswered > 0 || gaps.length > 0}
              loading={busy}
              onClick={complete}
              data-testid="record-complete"
            >
              {t('rec.complete')}
            </Button>
          </>
        )}
      </div>
    </PageContainer>
  );
}
