import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { ApiError } from '../../api/client';
import type { FilingAction, FilingDetail, StepBody } from '../../api/filings';
import type { Finding } from '../../api/ruleCheck';
import { useLang, useT } from '../../i18n';
import { REASON_ACTIONS, needsJustification } from './filingModel';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  open: boolean;
  action: FilingAction | null;
  /** The filing the action is about: its last findings and the justifications it already holds. */
  filing: Pick<FilingDetail, 'id' | 'enterprise' | 'plannedDate' | 'check' | 'justifications'> | null;
  onCancel: () => void;
  run: (action: FilingAction, body: StepBody) => Promise<void>;
  /** No reason or comment field (e.g. arrival, where only justifications may be asked for). */
  noText?: boolean;
}

/** Warnings of the last check that still need a justification (the API may name more when it runs again). */
function openWarnings(filing: Props['filing']): Finding[] {
  if (!filing?.check) return [];
  return filing.check.findings.filter((f) => needsJustification(f) && !(f.code in filing.justifications));
}

const findingsOf = (details: unknown): Finding[] =>
  typeof details === 'object' && details !== null && 'findings' in details && Array.isArray((details as { findings: unknown }).findings)
    ? ((details as { findings: Finding[] }).findings)
    : [];

/**
 * Confirms a state change before it is made: a reason where the action needs one, a comment
 * otherwise, and a written justification for each open warning. A refusal is shown in place; when
 * the API asks for further justifications, their fields appear.
 */
export function ActionModal({ open, action, filing, onCancel, run, noText = false }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [text, setText] = useState('');
  const [justifications, setJustifications] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState<Finding[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setText('');
    setJustifications({});
    setFailure(null);
    setWarnings(openWarnings(filing));
  }, [open, filing]);

  if (!action || !filing) return null;
  const needsReason = REASON_ACTIONS.has(action);
  const missingReason = needsReason && !text.trim();
  const missingJustification = warnings.some((w) => !justifications[w.code]?.trim());

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const typed = Object.fromEntries(Object.entries(justifications).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
    const body: StepBody = needsReason ? { reason: text.trim() } : { ...(text.trim() ? { comment: text.trim() } : {}) };
    if (Object.keys(typed).length > 0) body.justifications = typed;
    try {
      await run(action, body);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'JUSTIFICATION_REQUIRED') {
        const asked = findingsOf(error.details).filter((f) => needsJustification(f) && !(f.code in filing.justifications));
        setWarnings((current) => [...current, ...asked.filter((f) => !current.some((c) => c.code === f.code))]);
      }
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(`fl.act.${action}.title`)}
      onCancel={onCancel}
      footer={
        <Space>
          <Button onClick={onCancel} data-testid="action-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            danger={needsReason}
            loading={busy}
            disabled={missingReason || missingJustification}
            onClick={() => void submit()}
            data-testid="action-confirm"
          >
            {t(`fl.act.${action}`)}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <div data-testid={`action-modal-${action}`}>
        <Typography.Paragraph>
          {t(`fl.act.${action}.confirm`, { id: filing.id, enterprise: filing.enterprise.name, date: filing.plannedDate })}
        </Typography.Paragraph>
        <Form layout="vertical">
          {!noText && (
            <Form.Item label={t(needsReason ? 'fl.act.reason' : 'fl.act.comment')} required={needsReason}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t(needsReason ? 'fl.act.reasonPlaceholder' : 'fl.act.commentPlaceholder')}
                data-testid="action-text"
              />
            </Form.Item>
          )}
          {warnings.map((w) => (
            <Form.Item key={w.code} label={`【${w.rule}】${w.message[lang]}`} required>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 5 }}
                maxLength={2000}
                value={justifications[w.code] ?? ''}
                onChange={(e) => setJustifications((j) => ({ ...j, [w.code]: e.target.value }))}
                placeholder={t('fl.justify.placeholder')}
                data-testid={`action-justify-${w.code}`}
              />
            </Form.Item>
          ))}
        </Form>
        {failure && <Alert type="error" showIcon title={failure} data-testid="action-error" />}
      </div>
    </Modal>
  );
}
