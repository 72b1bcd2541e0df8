import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { alertsExportUrl, alertSummary, listAlerts, type Alert, type AlertQuery, type AlertStatus } from '../../api/alerts';
import { useUser } from '../../auth/AuthContext';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useLang, useT } from '../../i18n';
import { AlertFilters, type AlertFilterValues } from './AlertFilters';
import { AlertKindTag } from './AlertKindTag';
import { KindChips } from './KindChips';
import { HandleModal } from './HandleModal';
import './alerts.css';

const asStatus = (v: string): AlertStatus | 'all' => (v === 'handled' || v === 'all' ? v : 'open');

/** 预警: alerts for the coordinator and supervisors, filtered, paged; the coordinator marks one handled. */
export function AlertsPage() {
  const t = useT();
  const [lang] = useLang();
  const { message } = App.useApp();
  const user = useUser();
  const canHandle = user.role === 'coordinator';
  const list = useListParams();
  const values: AlertFilterValues = { status: asStatus(list.get('status')), town: list.get('town'), dept: list.get('dept'), q: list.get('q'), from: list.get('from'), to: list.get('to') };
  const kind = list.get('kind');
  const scope = { town: values.town || undefined, department: values.dept || undefined, q: values.q || undefined, from: values.from || undefined, to: values.to || undefined };
  const query: AlertQuery = { ...scope, kind: kind || undefined, status: values.status };
  const deps = [kind, values.status, values.town, values.dept, values.q, values.from, values.to];
  const { data, error, loading, reload } = useAsync(() => listAlerts({ ...query, limit: list.pageSize, offset: list.offset }), [...deps, list.pageSize, list.offset]);
  const summary = useAsync(() => alertSummary(scope), deps.slice(2));
  const [handling, setHandling] = useState<Alert | null>(null);

  const columns: ColumnsType<Alert> = [
    { title: t('al.col.kind'), key: 'kind', width: 140, render: (_, a) => <AlertKindTag kind={a.kind} label={a.kindLabel} /> },
    {
      title: t('al.col.enterprise'),
      key: 'enterprise',
      width: 220,
      render: (_, a) => (
        <div>
          <Space size={6} align="start">
            <Link to={`/enterprises/${a.enterprise.uscc}`}>{a.enterprise.name}</Link>
            <GradeTag grade={a.enterprise.grade} />
          </Space>
          <div className="yqs-muted yqs-alert-sub">{[a.enterprise.town?.name, a.enterprise.uscc].filter(Boolean).join(' · ')}</div>
        </div>
      ),
    },
    {
      title: t('al.col.departments'),
      key: 'departments',
      width: 140,
      render: (_, a) => <div className="yqs-alert-depts">{a.departments.map((d) => <Tag key={d.code}>{d.name}</Tag>)}</div>,
    },
    { title: t('al.col.date'), key: 'date', width: 112, render: (_, a) => <div className="yqs-alert-dates">{a.dates.map((d) => <div key={d}>{d}</div>)}</div> },
    {
      title: t('al.col.message'),
      key: 'message',
      render: (_, a) => (
        <div>
          <Typography.Text>{a.message[lang]}</Typography.Text>
          {a.filingId !== null && (
            <div className="yqs-alert-sub">
              <Link to={`/filings/${a.filingId}`}>{t('al.filing', { id: a.filingId })}</Link>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('al.col.status'),
      key: 'status',
      width: 150,
      render: (_, a) =>
        a.handled ? (
          <div data-testid={`alert-handled-${a.key}`}>
            <Tag color="success" icon={<CheckCircleOutlined />}>{t('al.status.handled')}</Tag>
            <div className="yqs-muted yqs-alert-sub">{t('al.handledBy', { by: a.handled.by ?? '', at: a.handled.at.slice(0, 16).replace('T', ' ') })}</div>
            <Typography.Paragraph className="yqs-alert-note" ellipsis={{ rows: 2, tooltip: a.handled.note }}>{a.handled.note}</Typography.Paragraph>
          </div>
        ) : canHandle ? (
          <Button type="primary" ghost size="small" onClick={() => setHandling(a)} data-testid={`alert-handle-${a.key}`}>
            {t('al.handle')}
          </Button>
        ) : (
          <Tooltip title={t('al.readOnly')}>
            <Tag>{t('al.status.open')}</Tag>
          </Tooltip>
        ),
    },
  ];

  const extra = (
    <Button icon={<DownloadOutlined />} href={alertsExportUrl(query)} data-testid="alerts-export">
      {t('al.export')}
    </Button>
  );

  return (
    <PageContainer title={t('al.title')} subTitle={t('al.intro')} extra={extra}>
      <Card>
        <AlertFilters values={values} onChange={(patch) => list.update(patch)} />
        <KindChips summary={summary.data} status={values.status} kind={kind} onChange={(k) => list.update({ kind: k })} />
        {data && <div className="yqs-muted yqs-alert-basis">{t('al.basis', { from: data.period.from, to: data.period.to, policy: data.policy })}</div>}
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<Alert>
            rowKey="key"
            data-testid="alerts-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            locale={{ emptyText: t('al.empty') }}
            pagination={list.pagination(data?.total)}
            scroll={{ x: 1100 }}
          />
        )}
      </Card>
      <HandleModal
        alert={handling}
        onClose={() => setHandling(null)}
        onDone={() => {
          setHandling(null);
          message.success(t('al.done'));
          reload();
          summary.reload();
        }}
      />
    </PageContainer>
  );
}
