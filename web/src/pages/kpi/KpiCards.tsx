// The headline figures: the joint rate by both definitions (the primary one marked, with its target),
// the off-site share (should rise) and the on-site visits (should fall), each against last year.
import type { ReactNode } from 'react';
import { Card, Col, Progress, Row, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { Kpi } from '../../api/kpi';
import { useT } from '../../i18n';
import { COLORS, pct } from './chart';

type Goal = 'up' | 'down';

function Trend({ now, before, goal, format }: { now: number | null; before: number | null; goal: Goal; format: (v: number) => string }) {
  const t = useT();
  if (now === null || before === null) return <Typography.Text type="secondary">{t('kpi.lastYear', { value: before === null ? '—' : format(before) })}</Typography.Text>;
  const diff = now - before;
  const good = diff === 0 ? null : (diff > 0) === (goal === 'up');
  const icon = diff > 0 ? <ArrowUpOutlined /> : diff < 0 ? <ArrowDownOutlined /> : <MinusOutlined />;
  const label = diff > 0 ? t('kpi.rising') : diff < 0 ? t('kpi.falling') : t('kpi.flat');
  return (
    <span className="yqs-kpi-trend">
      <Tooltip title={label}>
        <span className={good === null ? 'yqs-kpi-flat' : good ? 'yqs-kpi-good' : 'yqs-kpi-bad'}>{icon}</span>
      </Tooltip>
      <Typography.Text type="secondary">{t('kpi.lastYear', { value: format(before) })}</Typography.Text>
    </span>
  );
}

function Figure({ title, value, tag, children, highlight, testId }: { title: string; value: string; tag?: ReactNode; children: ReactNode; highlight?: boolean; testId: string }) {
  return (
    <Card className={highlight ? 'yqs-kpi-figure yqs-kpi-primary' : 'yqs-kpi-figure'} data-testid={testId}>
      <div className="yqs-kpi-figure-title">
        <span>{title}</span>
        {tag}
      </div>
      <div className="yqs-kpi-figure-value">{value}</div>
      <div className="yqs-kpi-figure-foot">{children}</div>
    </Card>
  );
}

export function KpiCards({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const { current: c, previous: p, primary } = kpi;
  const rateCard = (which: 'visits' | 'tasks') => {
    const r = which === 'visits' ? c.jointRate.byVisits : c.jointRate.byTasks;
    const before = which === 'visits' ? p.jointRate.byVisits.rate : p.jointRate.byTasks.rate;
    const isPrimary = primary === which;
    const target = c.jointRate.target;
    return (
      <Figure
        title={which === 'visits' ? t('kpi.byVisits') : t('kpi.byTasks')}
        value={pct(r.rate)}
        highlight={isPrimary}
        tag={isPrimary ? <Tag color="blue">{t('kpi.primary')}</Tag> : undefined}
        testId={`kpi-rate-${which}`}
      >
        {isPrimary && target !== null && (
          <Progress
            percent={Math.min(100, Math.round(((r.rate ?? 0) / target) * 100))}
            size="small"
            strokeColor={c.jointRate.met ? COLORS.good : COLORS.current}
            format={() => t('kpi.target', { target: pct(target, 0) })}
          />
        )}
        <div className="yqs-kpi-figure-line">
          <Typography.Text type="secondary">{t('kpi.joint', { joint: r.joint, total: r.total })}</Typography.Text>
          <Trend now={r.rate} before={before} goal="up" format={(v) => pct(v)} />
        </div>
      </Figure>
    );
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        {rateCard(primary)}
      </Col>
      <Col xs={24} sm={12} xl={6}>
        {rateCard(primary === 'visits' ? 'tasks' : 'visits')}
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Figure title={t('kpi.offsiteShare')} value={pct(c.offsite.share)} testId="kpi-offsite">
          <Typography.Text type="secondary">{t('kpi.offsiteHint', { offsite: c.offsite.offsite, all: c.offsite.offsite + c.offsite.onsite })}</Typography.Text>
          <div className="yqs-kpi-figure-line">
            <span />
            <Trend now={c.offsite.share} before={p.offsite.share} goal="up" format={(v) => pct(v)} />
          </div>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Figure title={t('kpi.onsiteVisits')} value={String(c.onsite.visits)} testId="kpi-onsite">
          <Typography.Text type="secondary">{t('kpi.onsiteHint', { tasks: c.onsite.tasks })}</Typography.Text>
          <div className="yqs-kpi-figure-line">
            <Typography.Text type="secondary">{t('kpi.planned', { visits: c.jointRate.planned.visits, joint: c.jointRate.planned.jointVisits })}</Typography.Text>
            <Trend now={c.onsite.visits} before={p.onsite.visits} goal="down" format={String} />
          </div>
        </Figure>
      </Col>
    </Row>
  );
}
