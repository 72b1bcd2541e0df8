import { useMemo } from 'react';
import { App, Card, Col, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { getPolicy } from '../../api/policy';
import type { RuleCheckRequest } from '../../api/ruleCheck';
import { useUser } from '../../auth/AuthContext';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { isDepartmentUser } from '../../nav/access';
import { RuleCheckForm, type RuleCheckValues } from './RuleCheckForm';
import { RuleCheckResultView } from './RuleCheckResultView';
import { useRuleCheck } from './useRuleCheck';
import './ruleCheck.css';

const DAY = 'YYYY-MM-DD';

/** The request the form describes, or null while something required is missing. */
function toRequest(v: Partial<RuleCheckValues>): RuleCheckRequest | null {
  if (!v.enterprise || !v.department || !v.items?.length || !v.mode || !v.date) return null;
  return {
    enterprise: v.enterprise,
    department: v.department,
    items: v.items,
    mode: v.mode,
    date: v.date.format(DAY),
    ...(v.noticeDate ? { noticeDate: v.noticeDate.format(DAY) } : {}),
    ...(v.exceptionCase ? { exceptionCase: v.exceptionCase } : {}),
  };
}

/** 规则预检: try a proposed inspection and see every rule's verdict, its clause and the earliest lawful date. */
export function RuleCheckPage() {
  const t = useT();
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleCheckValues>();
  const initialValues = useMemo<RuleCheckValues>(
    () => ({
      department: isDepartmentUser(user) ? user.department?.code : undefined,
      items: [],
      mode: 'onsite',
      date: dayjs().startOf('day'),
    }),
    [user],
  );

  const values: Partial<RuleCheckValues> = {
    enterprise: Form.useWatch('enterprise', form),
    department: Form.useWatch('department', form),
    items: Form.useWatch('items', form),
    mode: Form.useWatch('mode', form),
    date: Form.useWatch('date', form),
    noticeDate: Form.useWatch('noticeDate', form),
    exceptionCase: Form.useWatch('exceptionCase', form),
  };
  const request = toRequest(values);
  const check = useRuleCheck(request);

  const day = values.date?.format(DAY);
  const policy = useAsync(() => getPolicy(day), [day]);

  const apply = (date: string) => {
    form.setFieldValue('date', dayjs(date));
    message.success(t('rc.applied', { date }));
  };

  return (
    <PageContainer title={t('rc.title')} subTitle={t('rc.intro')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t('rc.formTitle')}>
            <RuleCheckForm form={form} initialValues={initialValues} exceptionCases={policy.data?.policy.exceptionCases ?? []} />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t('rc.resultTitle')} className="yqs-rc-result-card">
            <RuleCheckResultView
              result={request ? check.result : undefined}
              error={request ? check.error : undefined}
              loading={check.loading}
              date={request ? check.checked?.date ?? request.date : undefined}
              onApply={apply}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
