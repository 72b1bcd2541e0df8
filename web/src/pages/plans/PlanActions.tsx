import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { deletePlan, planExportUrl, revisePlan, runPlanStep, type PlanView } from '../../api/plans';
import { useT } from '../../i18n';
import { failureMessage } from '../../components/failureMessage';

type Step = 'submit' | 'comment' | 'return' | 'accept' | 'publish' | 'revise' | 'delete';
/** Steps that need a text: a review comment, a return's reasons, a revision's reason. */
const NEEDS_TEXT: ReadonlySet<Step> = new Set<Step>(['comment', 'return', 'revise']);
const ORDER: readonly Step[] = ['submit', 'accept', 'publish', 'comment', 'return', 'revise', 'delete'];

/** What the user may do with the plan now (the API's `actions`), each confirmed in a dialog first. */
export function PlanActions({ plan, onChanged }: { plan: PlanView; onChanged: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const steps = ORDER.filter((s) => plan.actions.includes(s));

  const open = (s: Step) => {
    setStep(s);
    setText('');
    setFailure(null);
  };
  const run = async () => {
    if (!step) return;
    setBusy(true);
    setFailure(null);
    try {
      if (step === 'delete') {
        await deletePlan(plan.id);
        navigate('/plans');
      } else if (step === 'revise') {
        const draft = await revisePlan(plan.id, text.trim());
        navigate(`/plans/${draft.id}/edit`);
      } else {
        await runPlanStep(plan.id, step, text.trim() || undefined);
        onChanged();
      }
      message.success(t('plan.act.done', { action: t(`plan.act.${step}`) }));
      setStep(null);
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap>
      {plan.actions.includes('update') && (
        <Link to={`/plans/${plan.id}/edit`}>
          <Button icon={<EditOutlined />} data-testid="plan-edit">
            {t('plan.act.update')}
          </Button>
        </Link>
      )}
      {steps.map((s) => (
        <Button
          key={s}
          type={s === 'submit' || s === 'accept' || s === 'publish' ? 'primary' : 'default'}
          danger={s === 'delete' || s === 'return'}
          icon={s === 'delete' ? <DeleteOutlined /> : undefined}
          onClick={() => open(s)}
          data-testid={`plan-action-${s}`}
        >
          {t(`plan.act.${s}`)}
        </Button>
      ))}
      <Button icon={<DownloadOutlined />} href={planExportUrl(plan.id)} data-testid="plan-export">
        {t('fl.export')}
      </Button>
      <Modal
        open={step !== null}
        title={step ? t(`plan.act.${step}`) : ''}
        onCancel={() => setStep(null)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setStep(null)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger={step === 'delete' || step === 'return'}
              loading={busy}
              disabled={step !== null && NEEDS_TEXT.has(step) && !text.trim()}
              onClick={() => void run()}
              data-testid="plan-action-confirm"
            >
              {step ? t(`plan.act.${step}`) : ''}
            </Button>
          </Space>
        }
      >
        {step && (
          <div data-testid={`plan-modal-${step}`}>
            <Typography.Paragraph>{t(`plan.act.${step}.confirm`, { year: plan.year, department: plan.department.name })}</Typography.Paragraph>
            {(NEEDS_TEXT.has(step) || step === 'accept') && (
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 6 }}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t(step === 'revise' ? 'plan.act.reasonPlaceholder' : 'plan.act.commentPlaceholder')}
                data-testid="plan-action-text"
              />
            )}
            {failure && <Alert type="error" showIcon title={failure} className="yqs-plan-failure" />}
          </div>
        )}
      </Modal>
    </Space>
  );
}
