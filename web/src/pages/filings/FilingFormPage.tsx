import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Row, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { createFiling, getFiling, runFilingAction, updateFiling, type FilingDetail, type FilingInput, type FilingPatch, type MergeOffer } from '../../api/filings';
import { getPolicy } from '../../api/policy';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
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
import { failureMessage } from '../../components/failureMessage';

/** The proposal with the visit it joins, if any. */
const withJoin = (p: FilingInput | null, joined: MergeOffer | null): FilingInput | null => (p && joined ? { ...p, joinsFilingId: joined.leadFilingId } : p);

const INITIAL: FilingFormValues = { kind: 'random', path: 'planned', mode: 'onsite', items: [], inspectors: [] };

/** The form's values of a stored filing (editing it). */
function valuesOf(f: FilingDetail): FilingFormValues {
  const or = <T,>(v: T | null) => v ?? undefined;
  return {
    enterprise: f.enterprise.uscc,
    kind: f.kind,
    path: f.path === 'triggered' ? 'triggered' : 'planned',
    mode: f.mode,
    plannedDate: dayjs(f.plannedDate),
    windowEnd: f.windowEnd ? dayjs(f.windowEnd) : null,
    items: f.items.map((i) => i.code),
    inspectors: f.inspectors.map((p) => p.username),
    exceptionCase: or(f.exceptionCase),
    exceptionReason: or(f.exceptionReason),
    campaignBasis: or(f.campaignBasis),
    planTaskId: or(f.planTaskId),
    onsiteReason: or(f.onsiteReason),
    nationalRuleBasis: or(f.nationalRuleBasis),
  };
}

/** What PATCH sends: every field of the form, a cleared optional one as null; the enterprise, department and path stay. */
function toPatch(p: FilingInput, joined: MergeOffer | null): FilingPatch {
  const { department: _d, enterprise: _e, path: _p, ...rest } = p;
  const clearable = ['windowEnd', 'exceptionCase', 'exceptionReason', 'campaignBasis', 'planTaskId', 'onsiteReason', 'nationalRuleBasis'] as const;
  const patch: FilingPatch = { ...rest };
  for (const key of clearable) if (patch[key] === undefined) Object.assign(patch, { [key]: null });
  if (joined) patch.joinsFilingId = joined.leadFilingId;
  return patch;
}

/** 新建备案 (/filings/new) or 修改备案 (/filings/:id/edit, a draft or returned filing). */
export function FilingFormPage() {
  const { id } = useParams();
  return id ? <FilingEditLoader id={Number(id)} /> : <FilingFormView />;
}

function FilingEditLoader({ id }: { id: number }) {
  const t = useT();
  const loaded = useAsync(() => getFiling(id), [id]);
  const crumbs = [{ title: t('nav.filings'), to: '/filings' }, { title: `#${id}`, to: `/filings/${id}` }, { title: t('fl.act.edit') }];
  if (loaded.error) {
    return (
      <PageContainer title={t('fl.editTitle', { id })} crumbs={crumbs}>
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      </PageContainer>
    );
  }
  const filing = loaded.data;
  if (!filing) return <Spin className="yqs-page-spin" />;
  if (!filing.transitions.includes('edit')) {
    return (
      <PageContainer title={t('fl.editTitle', { id })} crumbs={crumbs}>
        <Alert
          type="warning"
          showIcon
          title={t('fl.editNotAllowed', { id, state: t(`fl.state.${filing.state}`) })}
          action={<Link to={`/filings/${id}`}>{t('fl.d.title', { id })}</Link>}
          data-testid="filing-edit-refused"
        />
      </PageContainer>
    );
  }
  return <FilingFormView editing={filing} />;
}

/** The filing form, with the rules' findings beside it as the user types. */
function FilingFormView({ editing }: { editing?: FilingDetail }) {
  const t = useT();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const department = editing?.department.code ?? user.department?.code;
  const initial = useMemo(() => (editing ? valuesOf(editing) : INITIAL), [editing]);
  // The justifications already given stay (shown filled in); only new or changed ones are sent again.
  const stored = useMemo(() => Object.fromEntries(Object.entries(editing?.justifications ?? {}).map(([code, j]) => [code, j.text])), [editing]);
  const [justifications, setJustifications] = useState<Record<string, string>>(stored);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The visit of another department this filing joins (综合查一次), chosen from the merge offers.
  // It holds for its enterprise and day only: another date, enterprise or an off-site check leaves it.
  const [chosen, setJoined] = useState<(MergeOffer & { enterprise: string; before: Pick<FilingFormValues, 'plannedDate' | 'windowEnd'> }) | null>(null);
  const values = Form.useWatch([], form) as Partial<FilingFormValues> | undefined;
  const day = values?.plannedDate?.format(DAY);
  const windowEnd = values?.windowEnd?.format(DAY);
  const joined = chosen && chosen.date === day && chosen.enterprise === values?.enterprise && values?.mode === 'onsite' ? chosen : null;
  // A filing being edited keeps the visit it already joined (the check would count its own department twice).
  const described = useMemo(() => withJoin(toProposal(department, values ?? initial), joined), [department, values, initial, joined]);
  // A case without its reason is refused by the API outright: wait for both before checking.
  const caseIncomplete = values?.path === 'triggered' && (!values.exceptionCase || !values.exceptionReason?.trim());
  const proposal = caseIncomplete ? null : described;
  const check = useFilingCheck(proposal);
  const policy = useAsync(() => getPolicy(day), [day]);
  const findings = proposal ? (check.result?.findings ?? []) : [];
  const fresh = Boolean(proposal) && check.answered === JSON.stringify(proposal) && !check.loading;
  const blocked = check.result?.verdict === 'block' || Boolean(check.error);
  const missing = missingJustifications(findings, justifications, editing?.justifications);

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
    const typed = Object.fromEntries(Object.entries(pickJustifications(findings, justifications)).filter(([code, text]) => stored[code] !== text));
    setBusy(submit ? 'submit' : 'draft');
    let id: number | undefined;
    const extra = Object.keys(typed).length > 0 ? { justifications: typed } : {};
    try {
      id = editing ? (await updateFiling(editing.id, { ...toPatch(body, joined), ...extra })).id : (await createFiling({ ...body, ...extra })).id;
      if (submit) await runFilingAction(id, 'submit', {});
      message.success(t(editing ? (submit ? 'fl.editedSubmitted' : 'fl.edited') : submit ? 'fl.submitted' : 'fl.saved', { id }));
      navigate(`/filings/${id}`);
    } catch (error) {
      setFailure(failureMessage(error, t));
      if (id !== undefined && !editing) navigate(`/filings/${id}`);
    } finally {
      setBusy(null);
    }
  };

  const title = editing ? t('fl.editTitle', { id: editing.id }) : t('fl.newTitle');
  const crumbs = editing
    ? [{ title: t('nav.filings'), to: '/filings' }, { title: `#${editing.id}`, to: `/filings/${editing.id}` }, { title: t('fl.act.edit') }]
    : [{ title: t('nav.filings'), to: '/filings' }, { title }];
  return (
    <PageContainer title={title} subTitle={editing ? t('fl.editIntro') : t('fl.newIntro')} crumbs={crumbs}>
      {editing?.state === 'returned' && editing.reviewComment && (
        <Alert
          type="warning"
          showIcon
          className="yqs-fl-returned"
          title={`${t('fl.editReturned')}：${editing.reviewComment}`}
          description={t('fl.editReturnedHint')}
          data-testid="filing-returned-reason"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card title={t('fl.formTitle', { department: editing?.department.name ?? user.department?.name ?? '' })}>
            <FilingForm
              form={form}
              department={department}
              initialValues={initial}
              fixed={editing ? { enterprise: editing.enterprise } : undefined}
              exceptionCases={policy.data?.policy.exceptionCases ?? []}
              minInspectors={policy.data?.policy.minInspectors ?? 2}
              findings={findings}
            />
            {failure && <Alert type="error" showIcon title={failure} className="yqs-fl-failure" data-testid="filing-error" />}
            <Space wrap className="yqs-fl-actions">
              <Button onClick={() => void file(false)} loading={busy === 'draft'} disabled={busy !== null} data-testid="filing-save-draft">
                {editing ? t('fl.saveEdit') : t('fl.saveDraft')}
              </Button>
              <Button
                type="primary"
                onClick={() => void file(true)}
                loading={busy === 'submit'}
                disabled={busy !== null || !fresh || blocked}
                data-testid="filing-submit"
              >
                {editing ? t('fl.saveEditSubmit') : t('fl.submit')}
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
