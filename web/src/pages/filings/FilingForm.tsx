import { DatePicker, Form, Input, Radio, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { FILING_KINDS } from '../../api/filings';
import type { ExceptionCase } from '../../api/policy';
import type { Finding } from '../../api/ruleCheck';
import type { Enterprise } from '../../api/types';
import { useLang, useT } from '../../i18n';
import { EnterpriseSelect } from '../ruleCheck/EnterpriseSelect';
import type { FilingFormValues } from './filingModel';
import { InspectorPicker } from './InspectorPicker';
import { ItemSelect } from './ItemSelect';
import { PlanTaskSelect } from './PlanTaskSelect';

interface Props {
  form: FormInstance<FilingFormValues>;
  department: string | undefined;
  initialValues: FilingFormValues;
  exceptionCases: ExceptionCase[];
  /** The live findings: some fields appear only when a rule asks for them (R4, R8). */
  findings: Finding[];
  /** The policy's minimum number of qualified inspectors (R13). */
  minInspectors: number;
  /** Editing a stored filing: its enterprise (shown, not chosen) and path cannot change. */
  fixed?: { enterprise: FixedRef };
}

/** The enterprise of a filing being edited: shown, not chosen (the form keeps its USCC). */
function FixedEnterprise({ enterprise }: { value?: string; enterprise: FixedRef }) {
  return <Input value={`${enterprise.name}（${enterprise.uscc}）`} disabled data-testid="filing-enterprise-fixed" />;
}

type FixedRef = Pick<Enterprise, 'uscc' | 'name' | 'grade'>;

const flagged = (findings: Finding[], rule: string) => findings.some((f) => f.rule === rule && f.verdict !== 'allow');

/** The filing's fields: enterprise, kind and path, method, items, date or window, inspectors, case, plan task. */
export function FilingForm({ form, department, initialValues, exceptionCases, findings, minInspectors, fixed }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [picked, setEnterprise] = useState<Enterprise | undefined>(undefined);
  const enterprise: FixedRef | undefined = fixed?.enterprise ?? picked;
  const kind = Form.useWatch('kind', form);
  const path = Form.useWatch('path', form);
  const mode = Form.useWatch('mode', form);
  const plannedDate = Form.useWatch('plannedDate', form);
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, whitespace: true, message: t(key) }];

  return (
    <Form<FilingFormValues> form={form} layout="vertical" initialValues={initialValues} data-testid="filing-form" className="yqs-fl-form">
      <Form.Item
        name="enterprise"
        label={t('fl.f.enterprise')}
        rules={[{ required: true, message: t('fl.f.enterpriseRequired') }]}
        extra={
          enterprise?.grade || fixed ? (
            <>
              {enterprise?.grade && <div>{`${t(`ent.grade.${enterprise.grade}`)} · ${t(`ent.gradeNote.${enterprise.grade}`)}`}</div>}
              {fixed && <div>{t('fl.f.fixedHint')}</div>}
            </>
          ) : undefined
        }
      >
        {fixed ? <FixedEnterprise enterprise={fixed.enterprise} /> : <EnterpriseSelect onPick={setEnterprise} />}
      </Form.Item>
      <div className="yqs-fl-form-row">
        <Form.Item name="kind" label={t('fl.f.kind')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="filing-kind">
            {FILING_KINDS.map((k) => (
              <Radio.Button key={k} value={k}>
                <span data-testid={`filing-kind-${k}`}>{t(`fl.kind.${k}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="mode" label={t('fl.f.mode')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="filing-mode">
            {(['onsite', 'offsite'] as const).map((m) => (
              <Radio.Button key={m} value={m}>
                <span data-testid={`filing-mode-${m}`}>{t(`mode.${m}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      </div>
      {kind === 'campaign' && (
        <Form.Item name="campaignBasis" label={t('fl.f.campaignBasis')} rules={required('fl.f.campaignBasisRequired')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} placeholder={t('fl.f.campaignBasisPlaceholder')} data-testid="filing-campaign-basis" />
        </Form.Item>
      )}
      <Form.Item name="items" label={t('fl.f.items')} rules={[{ required: true, type: 'array', min: 1, message: t('fl.f.itemsRequired') }]}>
        <ItemSelect department={department} mode={mode} />
      </Form.Item>
      <div className="yqs-fl-form-row">
        <Form.Item name="plannedDate" label={t('fl.f.date')} rules={[{ required: true, message: t('fl.f.dateRequired') }]}>
          <DatePicker className="yqs-fl-date" data-testid="filing-date" />
        </Form.Item>
        <Form.Item name="windowEnd" label={t('fl.f.windowEnd')} tooltip={t('fl.f.windowEndHint')}>
          <DatePicker
            className="yqs-fl-date"
            disabledDate={(d) => Boolean(plannedDate && d.isBefore(plannedDate, 'day'))}
            data-testid="filing-window-end"
          />
        </Form.Item>
      </div>
      <Form.Item name="path" label={t('fl.f.path')} extra={fixed ? t('fl.f.fixedHint') : undefined}>
        <Radio.Group data-testid="filing-path" disabled={Boolean(fixed)}>
          {(['planned', 'triggered'] as const).map((p) => (
            <Radio key={p} value={p}>
              <span data-testid={`filing-path-${p}`}>{t(`fl.path.${p}`)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {path === 'triggered' && (
        <>
          <Form.Item name="exceptionCase" label={t('fl.f.exceptionCase')} rules={[{ required: true, message: t('fl.f.exceptionCaseRequired') }]}>
            <Select
              options={exceptionCases.map((c) => ({
                value: c.code,
                label: c.name[lang],
                hint: c.lifts.length > 0 ? t('rc.exceptionLifts', { rules: c.lifts.join(lang === 'zh' ? '、' : ', ') }) : t('rc.exceptionLiftsNone'),
              }))}
              optionRender={(option) => (
                <div className="yqs-fl-case-option">
                  <span>{option.data.label}</span>
                  <Typography.Text type="secondary">{option.data.hint}</Typography.Text>
                </div>
              )}
              placeholder={t('fl.f.exceptionCasePlaceholder')}
              data-testid="filing-exception-case"
            />
          </Form.Item>
          <Form.Item name="exceptionReason" label={t('fl.f.exceptionReason')} rules={required('fl.f.exceptionReasonRequired')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={t('fl.f.exceptionReasonPlaceholder')} data-testid="filing-exception-reason" />
          </Form.Item>
        </>
      )}
      {path === 'planned' && kind !== 'campaign' && (
        <Form.Item name="planTaskId" label={t('fl.f.planTask')} extra={t('fl.f.planTaskHint')}>
          <PlanTaskSelect department={department} year={plannedDate?.year()} kind={kind} />
        </Form.Item>
      )}
      {mode === 'onsite' && flagged(findings, 'R8') && (
        <Form.Item name="onsiteReason" label={t('fl.f.onsiteReason')} extra={t('fl.f.onsiteReasonHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} data-testid="filing-onsite-reason" />
        </Form.Item>
      )}
      {flagged(findings, 'R4') && (
        <Form.Item name="nationalRuleBasis" label={t('fl.f.nationalRule')} extra={t('fl.f.nationalRuleHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} data-testid="filing-national-rule" />
        </Form.Item>
      )}
      <Form.Item
        name="inspectors"
        label={t('fl.f.inspectors')}
        extra={t('fl.f.inspectorsHint', { count: minInspectors })}
        rules={[{ required: true, type: 'array', min: minInspectors, message: t('fl.f.inspectorsRequired', { count: minInspectors }) }]}
      >
        <InspectorPicker department={department} />
      </Form.Item>
    </Form>
  );
}
