import { useMemo, useState } from 'react';
import { DatePicker, Form, Radio, Select, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { listDepartmentItems, listDepartments } from '../../api/endpoints';
import type { ExceptionCase } from '../../api/policy';
import type { Enterprise, InspectionMode } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { useAsync } from '../../components/useAsync';
import { useLang, useT } from '../../i18n';
import { isDepartmentUser } from '../../nav/access';
import { EnterpriseSelect } from './EnterpriseSelect';

export interface RuleCheckValues {
  enterprise?: string;
  department?: string;
  items?: string[];
  mode: InspectionMode;
  date?: Dayjs | null;
  noticeDate?: Dayjs | null;
  exceptionCase?: string;
}

interface Props {
  form: FormInstance<RuleCheckValues>;
  initialValues: RuleCheckValues;
  exceptionCases: ExceptionCase[];
}

const page = { limit: 200, offset: 0 } as const;

/** The proposed inspection: enterprise, department (locked for department staff), items, method, dates, case. */
export function RuleCheckForm({ form, initialValues, exceptionCases }: Props) {
  const t = useT();
  const [lang] = useLang();
  const user = useUser();
  const locked = isDepartmentUser(user);
  const [enterprise, setEnterprise] = useState<Enterprise | undefined>(undefined);
  const department = Form.useWatch('department', form);

  const departments = useAsync(() => (locked ? Promise.resolve(null) : listDepartments(page)), [locked]);
  const items = useAsync(
    () => (department ? listDepartmentItems(department, page) : Promise.resolve(null)),
    [department],
  );

  const departmentOptions = useMemo(() => {
    if (locked && user.department) return [{ value: user.department.code, label: user.department.name }];
    return (departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));
  }, [locked, user.department, departments.data]);

  const itemOptions = (items.data?.items ?? [])
    .filter((item) => !('status' in item && item.status === 'retired'))
    .map((item) => ({ value: item.code, label: `${item.code} ${item.name}` }));

  const caseOptions = exceptionCases.map((c) => ({
    value: c.code,
    label: c.name[lang],
    hint: c.lifts.length > 0 ? t('rc.exceptionLifts', { rules: c.lifts.join(lang === 'zh' ? '、' : ', ') }) : t('rc.exceptionLiftsNone'),
  }));

  return (
    <Form<RuleCheckValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="rule-check-form"
      className="yqs-rc-form"
      onValuesChange={(changed: Partial<RuleCheckValues>) => {
        if ('department' in changed) form.setFieldValue('items', []);
      }}
    >
      <Form.Item
        name="enterprise"
        label={t('rc.enterprise')}
        extra={enterprise?.grade ? `${t(`ent.grade.${enterprise.grade}`)} · ${t(`ent.gradeNote.${enterprise.grade}`)}` : undefined}
      >
        <EnterpriseSelect onPick={setEnterprise} />
      </Form.Item>
      <Form.Item name="department" label={t('rc.department')} extra={locked ? t('rc.departmentLocked') : undefined}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={departmentOptions}
          disabled={locked}
          loading={departments.loading && !locked}
          data-testid="rc-department"
        />
      </Form.Item>
      <Form.Item name="items" label={t('rc.items')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={itemOptions}
          loading={items.loading}
          placeholder={t('rc.itemsPlaceholder')}
          maxTagCount="responsive"
          data-testid="rc-items"
        />
      </Form.Item>
      <Form.Item name="mode" label={t('rc.mode')}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="rc-mode">
          <Radio.Button value="onsite">{t('mode.onsite')}</Radio.Button>
          <Radio.Button value="offsite">{t('mode.offsite')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <div className="yqs-rc-dates">
        <Form.Item name="date" label={t('rc.date')}>
          <DatePicker allowClear={false} className="yqs-rc-date" data-testid="rc-date" />
        </Form.Item>
        <Form.Item name="noticeDate" label={t('rc.noticeDate')} tooltip={t('rc.noticeDateHint')}>
          <DatePicker className="yqs-rc-date" data-testid="rc-notice-date" />
        </Form.Item>
      </div>
      <Form.Item name="exceptionCase" label={t('rc.exceptionCase')}>
        <Select
          allowClear
          options={caseOptions}
          placeholder={t('rc.exceptionCasePlaceholder')}
          optionRender={(option) => (
            <div className="yqs-rc-case-option">
              <span>{option.data.label}</span>
              <Typography.Text type="secondary" className="yqs-rc-case-hint">
                {option.data.hint}
              </Typography.Text>
            </div>
          )}
          data-testid="rc-exception-case"
        />
      </Form.Item>
    </Form>
  );
}
