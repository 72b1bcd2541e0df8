import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space, Spin, Switch, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { tokenFromInput } from '../../api/codes';
import { getVisitHistory, setMergeOptOut, type VisitHistory, type YearCounts } from '../../api/enterprisePortal';
import { ApiError } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT, type MessageKey } from '../../i18n';
import { FormModal, InspectionsCard } from './InspectionList';

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
          { title: t('mv.result'), render: (_, r) => (['pass', 'violation'].includes(r.result) ? t(`mv.offsite.result.${r.result}` as MessageKey) : r.result) },
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

