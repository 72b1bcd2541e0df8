import type { ReactNode } from 'react';
import { Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import type { Policy } from '../../api/policy';
import { GRADES, type Grade } from '../../api/types';
import { GradeTag } from '../../components/tags';
import { useT, type Translate } from '../../i18n';

function capText(t: Translate, cap: number | null): string {
  if (cap === null) return t('pol.capNone');
  if (cap === 0) return t('pol.capExempt');
  return t('pol.capTimes', { n: cap });
}

function quietText(t: Translate, q: Policy['quietPeriods'][Grade]): string {
  if (!q) return t('pol.noQuiet');
  return t('pol.quietFrom', { start: q.startDay, end: q.endDay === null ? t('pol.monthEnd') : t('pol.dayN', { day: q.endDay }) });
}

interface Row {
  label: string;
  value: ReactNode;
  testId?: string;
}

function ParamCard({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <Card size="small" title={title} className="yqs-pol-card">
      <Descriptions column={1} size="small" bordered className="yqs-pol-desc">
        {rows.map((r) => (
          <Descriptions.Item key={r.label} label={r.label}>
            <span data-testid={r.testId}>{r.value}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** Every number of the policy, grouped the way the seed text talks about them. */
export function PolicyParams({ policy }: { policy: Policy }) {
  const t = useT();
  const wd = (n: number) => t('pol.workingDays', { n });
  const gradeRows = GRADES.map((g) => ({ grade: g, cap: policy.gradeOnsiteCaps[g], quiet: policy.quietPeriods[g] }));

  return (
    <Row gutter={[16, 16]} data-testid="policy-params">
      <Col xs={24} xl={12}>
        <Card size="small" title={t('pol.grades')} className="yqs-pol-card">
          <Table
            rowKey="grade"
            size="small"
            pagination={false}
            dataSource={gradeRows}
            data-testid="policy-grades"
            columns={[
              { title: t('pol.grade'), dataIndex: 'grade', width: 100, render: (g: Grade) => <GradeTag grade={g} /> },
              { title: t('pol.gradeCap'), dataIndex: 'cap', render: (c: number | null) => capText(t, c) },
              { title: t('pol.quietPeriod'), key: 'quiet', render: (_, r) => quietText(t, r.quiet) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <ParamCard
          title={t('pol.leadTimes')}
          rows={[
            { label: t('pol.noticeLead'), value: t('pol.atLeastWorkingDays', { n: policy.noticeLeadWorkingDays }), testId: 'param-notice-lead' },
            { label: t('pol.visitLead'), value: t('pol.atLeastWorkingDays', { n: policy.visitReportLeadWorkingDays }) },
            { label: t('pol.exceptionFiling'), value: t('pol.withinWorkingDays', { n: policy.exceptionFilingWorkingDays }) },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ParamCard
          title={t('pol.organisation')}
          rows={[
            { label: t('pol.deptCap'), value: t('pol.times', { n: policy.departmentOnsiteCap }), testId: 'param-dept-cap' },
            { label: t('pol.minInspectors'), value: t('pol.persons', { n: policy.minInspectors }) },
            { label: t('pol.offsiteHold'), value: t('pol.calendarDays', { n: policy.offsiteHoldDays }) },
            { label: t('pol.mergeWindow'), value: t('pol.calendarDays', { n: policy.mergeWindowDays }) },
            { label: t('pol.maxDepts'), value: t('pol.deptCount', { n: policy.maxDepartmentsPerJointVisit }) },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ParamCard
          title={t('pol.alerts')}
          rows={[
            { label: t('pol.alertWindow'), value: t('pol.calendarDays', { n: policy.alerts.multiDepartmentWindowDays }) },
            { label: t('pol.alertMinDepts'), value: t('pol.deptCount', { n: policy.alerts.multiDepartmentMinDepartments }) },
            { label: t('pol.capRemaining'), value: t('pol.times', { n: policy.alerts.capRemainingAlert }) },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ParamCard
          title={t('pol.jointRate')}
          rows={[
            { label: t('pol.jointPrimary'), value: t(`pol.jointPrimary.${policy.jointRate.primary}`) },
            ...policy.jointRate.targets.map((target) => ({
              label: t('pol.jointYear', { year: target.year }),
              value: <Tag color="blue">{Math.round(target.target * 100)}%</Tag>,
            })),
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ParamCard
          title={t('pol.other')}
          rows={[
            { label: t('pol.gradingPeriods'), value: t('pol.periods', { n: policy.improvement.gradingPeriods }) },
            { label: t('pol.retirement'), value: t('pol.years', { n: policy.itemRetirementUnusedYears }) },
          ]}
        />
      </Col>
    </Row>
  );
}
