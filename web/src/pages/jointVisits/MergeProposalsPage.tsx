import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Select, Space, Tabs, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { listDepartments } from '../../api/endpoints';
import { listProposals, PROPOSAL_STATES, runProposals, type Proposal, type ProposalState, type RunResult } from '../../api/jointVisits';
import { useUser } from '../../auth/AuthContext';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useLang, useT } from '../../i18n';
import { AcceptProposalModal } from './AcceptProposalModal';
import { ProposalCalendar } from './ProposalCalendar';
import { ProposalsByDepartment } from './ProposalsByDepartment';
import { ProposalTable } from './ProposalTable';
import { RejectProposalModal } from './RejectProposalModal';
import './jointVisits.css';

const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 合并建议: the proposed joint-visit plan for a period, by enterprise, by department and on a calendar. */
export function MergeProposalsPage() {
  const t = useT();
  const [lang] = useLang();
  const user = useUser();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const list = useListParams();
  const stateParam = list.get('state') || 'proposed';
  const state = (PROPOSAL_STATES as readonly string[]).includes(stateParam) ? (stateParam as ProposalState) : undefined;
  const q = list.get('q');
  const department = list.get('dept');
  const from = list.get('from') || fmt(dayjs().startOf('month'));
  // Two months ahead by default, within the year (a run's period lies in one year: caps are yearly).
  const defaultTo = dayjs().add(1, 'month').endOf('month');
  const to = list.get('to') || fmt(defaultTo.year() === dayjs().year() ? defaultTo : dayjs().endOf('year'));
  const tab = list.get('tab') || 'enterprise';
  const query = { state, q: q || undefined, department: department || undefined, from, to };
  const deps = [state, q, department, from, to];
  const page = useAsync(() => listProposals({ ...query, limit: list.pageSize, offset: list.offset }), [...deps, list.pageSize, list.offset]);
  const plan = useAsync(() => (tab === 'enterprise' ? Promise.resolve(undefined) : listProposals({ ...query, limit: 200, offset: 0 })), [...deps, tab]);
  const departments = useAsync(() => listDepartments({ limit: 200, offset: 0 }), []);
  const [lastRun, setLastRun] = useState<RunResult | null>(null);
  const [accepting, setAccepting] = useState<{ p: Proposal; mode: 'accept' | 'change' } | null>(null);
  const [rejecting, setRejecting] = useState<Proposal | null>(null);
  const canDecide = user.role === 'coordinator';
  const reload = () => {
    page.reload();
    plan.reload();
  };

  const run = () =>
    modal.confirm({
      title: t('jv.run.confirm', { from, to }),
      okText: t('jv.run.button'),
      onOk: async () => {
        const result = await runProposals(from, to);
        setLastRun(result);
        message.success(t('jv.run.done', { count: result.proposalIds.length }));
        list.update({ state: undefined });
        reload();
      },
    });

  const extra = canDecide ? (
    <Button type="primary" icon={<ThunderboltOutlined />} onClick={run} data-testid="proposals-run">
      {t('jv.run.button')}
    </Button>
  ) : null;

  return (
    <PageContainer title={t('jv.proposals.title')} subTitle={t('jv.proposals.intro')} extra={extra}>
      {lastRun && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setLastRun(null)}
          className="jv-run-result"
          data-testid="run-result"
          title={t('jv.run.result', { from: lastRun.from, to: lastRun.to, candidates: lastRun.stats.candidates ?? 0, proposals: lastRun.proposalIds.length, due: lastRun.dueOn ?? '—' })}
          description={
            lastRun.unscheduled.length > 0 ? (
              <details>
                <summary>{t('jv.run.unscheduled', { count: lastRun.unscheduled.length })}</summary>
                <ul className="jv-unscheduled">
                  {lastRun.unscheduled.map((u) => (
                    <li key={u.filing}>
                      #{u.filing}：{lang === 'zh' ? u.message.zh : u.message.en}
                    </li>
                  ))}
                </ul>
              </details>
            ) : undefined
          }
        />
      )}
      <Card>
        <Space wrap className="jv-filters">
          <Typography.Text>{t('jv.run.period')}</Typography.Text>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(r) => r && r[0] && r[1] && list.update({ from: fmt(r[0]), to: fmt(r[1]) })}
            data-testid="proposals-period"
          />
          <Select
            value={stateParam}
            style={{ width: 170 }}
            onChange={(v) => list.update({ state: v === 'proposed' ? undefined : v })}
            options={[{ value: 'all', label: t('jv.filter.all') }, ...PROPOSAL_STATES.map((s) => ({ value: s, label: t(`jv.state.${s}`) }))]}
            data-testid="proposals-state"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={department || undefined}
            placeholder={t('jv.filter.department')}
            style={{ width: 200 }}
            onChange={(v) => list.update({ dept: v })}
            options={departments.data?.items.map((d) => ({ value: d.code, label: d.name }))}
          />
          <SearchInput value={q} placeholder={t('jv.filter.search')} onSearch={(v) => list.update({ q: v })} testId="proposals-search" />
        </Space>
        <Tabs
          activeKey={tab}
          onChange={(k) => list.update({ tab: k === 'enterprise' ? undefined : k }, false)}
          items={[
            {
              key: 'enterprise',
              label: t('jv.tab.enterprise'),
              children: (
                <>
                  <ListError error={page.error} hasData={Boolean(page.data)} onRetry={page.reload} />
                  {page.error && !page.data ? (
                    <LoadError error={page.error} onRetry={page.reload} />
                  ) : (
                    <ProposalTable
                      data={page.data?.items}
                      loading={page.loading}
                      pagination={list.pagination(page.data?.total)}
                      canDecide={canDecide}
                      onAccept={(p, mode) => setAccepting({ p, mode })}
                      onReject={setRejecting}
                    />
                  )}
                </>
              ),
            },
            { key: 'department', label: t('jv.tab.department'), children: plan.error ? <LoadError error={plan.error} onRetry={plan.reload} /> : <ProposalsByDepartment proposals={plan.data?.items ?? []} /> },
            { key: 'calendar', label: t('jv.tab.calendar'), children: plan.error ? <LoadError error={plan.error} onRetry={plan.reload} /> : <ProposalCalendar proposals={plan.data?.items ?? []} month={from} /> },
          ]}
        />
      </Card>
      {accepting && (
        <AcceptProposalModal
          proposal={accepting.p}
          mode={accepting.mode}
          onClose={() => setAccepting(null)}
          onDone={(visit) => {
            setAccepting(null);
            reload();
            navigate(`/joint-visits/${visit.id}`);
          }}
        />
      )}
      {rejecting && (
        <RejectProposalModal
          proposal={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
