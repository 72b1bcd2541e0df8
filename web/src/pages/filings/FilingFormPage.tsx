import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { createFiling, runFilingAction, type FilingInput, type MergeOffer } from '../../api/filings';
import { getPolicy } from '../../api/policy';
import { useUser } from '../../auth/AuthContext';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { FilingCheckPanel } from './FilingCheckPanel';
import { FilingForm } from './FilingForm';
import { MergeOffersCard } from './MergeOffersCard';
import { DAY, missingJustifications, pickJustifications, toProposal, type FilingFormValues } from './filingModel';
import { useFilingCheck } from './useFilingCheck';
import '../ruleCheck/ruleCheck.css';
import './filings.css';

/** The proposal with the visit it joins, if any. */
const withJoin = (p: FilingInput | null, joined: MergeOffer | null): FilingInput | null => (p && joined ? { ...p, joinsFilingId: joined.leadFilingId } : p);

const INITIAL: FilingFormValues = { kind: 'random', path: 'planned', mode: 'onsite', items: [], inspectors: [] };

/** 新建备案: the filing form, with the rules' findings beside it as the user types. */
export function FilingFormPage() {
  const t = useT();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const department = user.department?.code;
  const [justifications, setJustifications] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The visit of another department this filing joins (综合查一次), chosen from the merge offers.
  // It holds for its enterprise and day only: another date, enterprise or an off-site check leaves it.
  const [chosen, setJoined] = useState<(MergeOffer & { enterprise: string; before: Pick<FilingFormValues, 'plannedDate' | 'windowEnd'> }) | null>(null);
  const values = Form.useWatch([], form) as Partial<FilingFormValues> | undefined;
  const day = values?.plannedDate?.format(DAY);
  const windowEnd = values?.windowEnd?.format(DAY);
  const joined = chosen && chosen.date === day && chosen.enterprise === values?.enterprise && values?.mode === 'onsite' ? chosen : null;
  const described = useMemo(() => withJoin(toProposal(department, values ?? INITIAL), joined), [department, values, joined]);
  // A case without its reason is refused by the API outright: wait for both before checking.
  const caseIncomplete = values?.path === 'triggered' && (!values.exceptionCase || !values.exceptionReason?.trim());
  const proposal = caseIncomplete ? null : described;
  const check = useFilingCheck(proposal);
  const policy = useAsync(() => getPolicy(day), [day]);
  const findings = proposal ? (check.result?.findings ?? []) : [];
  const fresh = Boolean(proposal) && check.answered === JSON.stringify(proposal) && !check.loading;
  const blocked = check.result?.verdict === 'block' || Boolean(check.error);
  const missing = missingJustifications(findings, justifications);

  const file = async (submit: boolean) => {
    setFailure(null);
    try {
      await form.validateFields(submit ? undefined : ['enterprise', 'plannedDate']);
    } catch {
      return;
    }
    const body: FilingInput | null = withJoin(toProposal(department, form.getFieldsValue(true) as FilingFormValues), joined);
    if (!body) return;
    if (submit && missing.length > 0) {
      setFailure(t('fl.justify.missing', { count: missing.length }));
      return;
    }
    const typed = pickJustifications(findings, justifications);
    setBusy(submit ? 'submit' : 'draft');
    let id: number | undefined;
    try {
      id = (await createFiling({ ...body, ...(Object.keys(typed).length > 0 ? { justifications: typed } : {}) })).id;
      if (submit) await runFilingAction(id, 'submit', {});
      message.success(t(submit ? 'fl.submitted' : 'fl.saved', { id }));
      navigate(`/filings/${id}`);
    } catch (error) {
      setFailure(error instanceof ApiError && error.message ? error.message : t('error.500.sub'));
      if (id !== undefined) navigate(`/filings/${id}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <PageContainer
      title={t('fl.newTitle')}
      subTitle={t('fl.newIntro')}
      crumbs={[{ title: t('nav.filings'), to: '/filings' }, { title: t('fl.newTitle') }]}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card title={t('fl.formTitle', { department: user.department?.name ?? '' })}>
            <FilingForm
              form={form}
              department={department}
              initialValues={INITIAL}
              exceptionCases={policy.data?.policy.exceptionCases ?? []}
              minInspectors={policy.data?.policy.minInspectors ?? 2}
              findings={findings}
            />
            {failure && <Alert type="error" showIcon title={failure} className="yqs-fl-failure" data-testid="filing-error" />}
            <Space wrap className="yqs-fl-actions">
              <Button onClick={() => void file(false)} loading={busy === 'draft'} disabled={busy !== null} data-testid="filing-save-draft">
                {t('fl.saveDraft')}
              </Button>
              <Button
                type="primary"
                onClick={() => void file(true)}
                loading={busy === 'submit'}
                disabled={busy !== null || !fresh || blocked}
                data-testid="filing-submit"
              >
                {t('fl.submit')}
              </Button>
              {blocked && fresh && <span className="yqs-fl-blocked">{t('fl.blockedHint')}</span>}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          {values?.enterprise && day && values.mode === 'onsite' && (
            <MergeOffersCard
              enterprise={values.enterprise}
              from={day}
              to={windowEnd && windowEnd > day ? windowEnd : day}
              joined={joined}
              onJoin={(offer) => {
                const before = { plannedDate: values.plannedDate, windowEnd: values.windowEnd };
                form.setFieldsValue({ plannedDate: dayjs(offer.date), windowEnd: null });
                setJoined({ ...offer, enterprise: values.enterprise ?? '', before: chosen?.before ?? before });
                message.success(t('fl.merge.applied', { date: offer.date }));
              }}
              onUndo={() => {
                // Back to the window the user had chosen before joining.
                if (chosen) form.setFieldsValue(chosen.before);
                setJoined(null);
                message.info(t('fl.merge.undone'));
              }}
            />
          )}
          <Card title={t('fl.check.title')} className="yqs-fl-check-card">
            <FilingCheckPanel
              result={proposal ? check.result : undefined}
              error={proposal ? check.error : undefined}
              loading={check.loading}
              date={proposal?.plannedDate}
              waiting={caseIncomplete ? t('fl.check.waitCase') : undefined}
              checkedDate={check.answered ? (JSON.parse(check.answered) as FilingInput).plannedDate : undefined}
              justifications={justifications}
              onJustify={(code, text) => setJustifications((j) => ({ ...j, [code]: text }))}
              onApplyDate={(date) => {
                form.setFieldValue('plannedDate', dayjs(date));
                message.success(t('rc.applied', { date }));
              }}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
