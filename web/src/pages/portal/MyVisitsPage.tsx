import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react';
import { App, Button, Card, Form, Input, Modal, Rate, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { tokenFromInput } from '../../api/codes';
import {
  getVisitHistory,
  rateVisit,
  setMergeOptOut,
  type HistoryInspection,
  type VisitHistory,
  type YearCounts,
} from '../../api/enterprisePortal';
import type { FilingKind, FilingState } from '../../api/filings';
import type { InspectionMode } from '../../api/types';
import { ApiError } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT, type MessageKey } from '../../i18n';
import { FilingStateTag, KindModeText } from '../filings/FilingTags';

const COUNTS: (keyof Omit<YearCounts, 'year'>)[] = [
  'onsiteVisits',
  'onsiteInspections',
  'jointVisits',
  'offsiteInspections',
  'offsiteChecks',
  'research',
  'leader',
  'cancelled',
];

const errorText = (error: unknown, fallback: string) => (error instanceof ApiError && error.message ? error.message : fallback);

/** 入企记录 (enterprise): every department's visits, ratings of completed ones, the merge opt-out, code check. */
export function MyVisitsPage() {
  const t = useT();
  const loaded = useAsync(() => getVisitHistory(), []);
  const [history, setHistory] = useState<VisitHistory | undefined>(undefined);
  useEffect(() => setHistory(loaded.data), [loaded.data]);

  if (loaded.error && !history) {
    return (
      <PageContainer title={t('mv.title')}>
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      </PageContainer>
    );
  }
  if (!history) return <Spin className="yqs-page-spin" />;

  return (
    <PageContainer title={t('mv.title')} subTitle={history.enterprise.name}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="my-visits">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('mv.intro')}
        </Typography.Paragraph>
        <VerifyBox />
        <YearsCard years={history.years} />
        <InspectionsCard history={history} onChanged={setHistory} />
        <OffsiteCard history={history} />
        <VisitsCard history={history} />
        <MergeCard history={history} onChanged={setHistory} />
      </Space>
    </PageContainer>
  );
}

function VerifyBox() {
  const t = useT();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [bad, setBad] = useState(false);
  const go = () => {
    const token = tokenFromInput(value);
    if (!token) return setBad(true);
    setBad(false);
    navigate(`/v/${token}`);
  };
  return (
    <Card size="small" title={t('mv.verify')}>
      <Typography.Paragraph type="secondary">{t('mv.verifyIntro')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={go}
          placeholder={t('mv.verifyPlaceholder')}
          status={bad ? 'error' : undefined}
          allowClear
          data-testid="verify-input"
        />
        <Button type="primary" onClick={go} data-testid="verify-go">
          {t('mv.verifyGo')}
        </Button>
      </Space.Compact>
      {bad && (
        <Typography.Text type="danger" data-testid="verify-bad">
          {t('mv.verifyBad')}
        </Typography.Text>
      )}
    </Card>
  );
}

function YearsCard({ years }: { years: YearCounts[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('mv.years')}>
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={years}
        locale={{ emptyText: t('mv.empty') }}
        data-testid="mv-years"
        columns={[
          { title: t('mv.year'), dataIndex: 'year', fixed: 'left' },
          ...COUNTS.map((key) => ({ title: t(`mv.count.${key}` as MessageKey), dataIndex: key, align: 'right' as const })),
        ]}
      />
    </Card>
  );
}

function InspectionsCard({ history, onChanged }: { history: VisitHistory; onChanged: (h: VisitHistory) => void }) {
  const t = useT();
  const [rating, setRating] = useState<HistoryInspection | null>(null);
  return (
    <Card size="small" title={t('mv.inspections')}>
      <Table<HistoryInspection>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={history.inspections}
        locale={{ emptyText: t('mv.empty') }}
        data-testid="mv-inspections"
        onRow={(row) => ({ 'data-testid': `mv-inspection-${row.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('mv.date'), dataIndex: 'plannedDate', render: (d: string, r) => (r.windowEnd && r.windowEnd !== d ? `${d} ~ ${r.windowEnd}` : d) },
          { title: t('mv.department'), render: (_, r) => r.department.name },
          {
            title: t('mv.kind'),
            render: (_, r) => (
              <Space size={4} wrap>
                <KindModeText kind={r.kind as FilingKind} mode={r.mode as InspectionMode} />
                {r.jointVisitId !== null && <Tag color="blue">{t('mv.joint')}</Tag>}
              </Space>
            ),
          },
          { title: t('mv.items'), render: (_, r) => r.items.join('、') },
          { title: t('mv.state'), render: (_, r) => <FilingStateTag state={r.state as FilingState} /> },
          { title: t('mv.outcome'), render: (_, r) => (r.outcome ? t(`rec.outcome.${r.outcome}` as MessageKey) : '—') },
          {
            title: t('mv.rating'),
            fixed: 'right',
            render: (_, r) =>
              r.rating ? (
                <span data-testid={`mv-rated-${r.id}`}>
                  <Rate disabled value={r.rating.score} style={{ fontSize: 14 }} />
                  {r.rating.comment && <div className="yqs-mv-comment">{r.rating.comment}</div>}
                </span>
              ) : r.canRate ? (
                <Button size="small" type="primary" ghost onClick={() => setRating(r)} data-testid={`mv-rate-${r.id}`}>
                  {t('mv.rate')}
                </Button>
              ) : (
                t('mv.notRatable')
              ),
          },
        ]}
      />
      {rating && (
        <RateModal
          visit={rating}
          onClose={() => setRating(null)}
          onRated={(score, comment, ratedAt) => {
            onChanged({
              ...history,
              inspections: history.inspections.map((i) => (i.id === rating.id ? { ...i, canRate: false, rating: { score, comment, ratedAt } } : i)),
            });
            setRating(null);
          }}
        />
      )}
    </Card>
  );
}

function RateModal({
  visit,
  onClose,
  onRated,
}: {
  visit: HistoryInspection;
  onClose: () => void;
  onRated: (score: number, comment: string | null, ratedAt: string) => void;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    modal.confirm({
      title: t('mv.rateTitle'),
      content: t('mv.rateConfirm'),
      okText: t('mv.rateSubmit'),
      okButtonProps: { id: 'mv-rate-confirm' },
      onOk: async () => {
        setBusy(true);
        try {
          const comment = values.comment?.trim();
          const saved = await rateVisit(visit.id, { score: values.score, ...(comment ? { comment } : {}) });
          message.success(t('mv.rated'));
          onRated(saved.score, saved.comment, saved.ratedAt);
        } catch (error) {
          message.error(errorText(error, t('error.500.sub')));
        } finally {
          setBusy(false);
        }
      },
    });
  };
  return (
    <FormModal title={t('mv.rateTitle')} onClose={onClose} onOk={submit} busy={busy} okText={t('mv.rateSubmit')}>
      <Typography.Paragraph type="secondary">{t('mv.rateIntro', { date: visit.plannedDate, department: visit.department.name })}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="score" label={t('mv.score')} rules={[{ required: true, message: t('mv.scoreRequired') }]}>
          <Rate data-testid="mv-rate-score" />
        </Form.Item>
        <Form.Item name="comment" label={t('mv.comment')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="mv-rate-comment" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** A modal that is mounted only while it is open. */
function FormModal({ title, onClose, onOk, busy, okText, children }: { title: string; onClose: () => void; onOk: () => void; busy: boolean; okText: string; children: ReactNode }) {
  return (
    <Modal open title={title} onCancel={onClose} onOk={onOk} okText={okText} confirmLoading={busy} destroyOnHidden okButtonProps={{ id: 'mv-modal-ok' }}>
      {children}
    </Modal>
  );
}

function OffsiteCard({ history }: { history: VisitHistory }) {
  const t = useT();
  return (
    <Card size="small" title={t('mv.offsite')}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={history.offsiteChecks}
        locale={{ emptyText: t('mv.empty') }}
        columns={[
          { title: t('mv.checkedOn'), dataIndex: 'checkedOn' },
          { title: t('mv.department'), render: (_, r) => r.department.name },
          { title: t('mv.source'), render: (_, r) => (['data', 'sensor', 'written'].includes(r.source) ? t(`mv.offsite.source.${r.source}` as MessageKey) : r.source) },
          { title: t('mv.result'), dataIndex: 'result' },
        ]}
      />
    </Card>
  );
}

function VisitsCard({ history }: { history: VisitHistory }) {
  const t = useT();
  return (
    <Card size="small" title={t('mv.visits')}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={history.visits}
        locale={{ emptyText: t('mv.empty') }}
        columns={[
          { title: t('mv.visitDate'), dataIndex: 'visitDate' },
          { title: t('mv.kind'), render: (_, r) => (['research', 'leader'].includes(r.type) ? t(`mv.visit.${r.type}` as MessageKey) : r.type) },
          { title: t('mv.organiser'), render: (_, r) => r.department?.name ?? r.organiser },
          { title: t('mv.purpose'), dataIndex: 'purpose' },
        ]}
      />
    </Card>
  );
}

function MergeCard({ history, onChanged }: { history: VisitHistory; onChanged: (h: VisitHistory) => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const current = history.mergeOptOut;

  const save = async (optOut: boolean, reason?: string) => {
    setBusy(true);
    try {
      const next = await setMergeOptOut({ optOut, ...(reason ? { reason } : {}) });
      onChanged({ ...history, mergeOptOut: { optOut: next.optOut, reason: next.reason, since: next.since } });
      message.success(t('mv.mergeSaved'));
      setAsking(false);
    } catch (error) {
      message.error(errorText(error, t('error.500.sub')));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (on: boolean) => {
    if (on) {
      form.resetFields();
      setAsking(true);
      return;
    }
    modal.confirm({ title: t('mv.mergeOptInTitle'), content: t('mv.mergeOptInConfirm'), onOk: () => save(false) });
  };

  return (
    <Card size="small" title={t('mv.merge')} data-testid="mv-merge">
      <Typography.Paragraph type="secondary">{t('mv.mergeIntro')}</Typography.Paragraph>
      <Space orientation="vertical" size={8}>
        <Space>
          <Switch checked={current.optOut} loading={busy} onChange={toggle} data-testid="mv-merge-switch" />
          <span>{t('mv.mergeSwitch')}</span>
        </Space>
        <Typography.Text type={current.optOut ? 'warning' : 'secondary'} data-testid="mv-merge-state">
          {current.optOut ? t('mv.mergeOn', { since: current.since?.slice(0, 10) ?? '', reason: current.reason ?? '' }) : t('mv.mergeOff')}
        </Typography.Text>
      </Space>
      {asking && (
        <FormModal
          title={t('mv.mergeOptOutTitle')}
          onClose={() => setAsking(false)}
          busy={busy}
          okText={t('mv.mergeOptOutTitle')}
          onOk={async () => {
            const { reason } = await form.validateFields();
            modal.confirm({ title: t('mv.mergeOptOutTitle'), content: reason.trim(), onOk: () => save(true, reason.trim()) });
          }}
        >
          <Form form={form} layout="vertical">
            <Form.Item
              name="reason"
              label={t('mv.mergeReason')}
              rules={[{ required: true, whitespace: true, message: t('mv.mergeReasonRequired') }, { max: 500 }]}
            >
              <Input.TextArea rows={4} maxLength={500} showCount data-testid="mv-merge-reason" />
            </Form.Item>
          </Form>
        </FormModal>
      )}
    </Card>
  );
}

