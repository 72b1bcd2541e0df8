import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { acceptProposal, type JointVisitDetail, type Proposal } from '../../api/jointVisits';
import { useT } from '../../i18n';
import { commonWindow, DepartmentTags } from './ProposalParts';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  proposal: Proposal | null;
  /** accept: as proposed; change: date, lead and filings editable. */
  mode: 'accept' | 'change';
  onClose: () => void;
  onDone: (visit: JointVisitDetail) => void;
}

interface Values {
  date: Dayjs;
  lead: string;
  kept: number[];
  acceptFilings: boolean;
  reason: string;
}

/** 确认合并 / 调整: the coordinator confirms a proposal (optionally another day, lead or fewer filings) with a reason. */
export function AcceptProposalModal({ proposal, mode, onClose, onDone }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = Form.useWatch('kept', form) ?? proposal?.filings.map((f) => f.id) ?? [];
  const window = useMemo(() => (proposal ? commonWindow(proposal, kept) : null), [proposal, kept]);

  useEffect(() => {
    if (!proposal) return;
    setError(null);
    form.setFieldsValue({ date: dayjs(proposal.proposedDate), lead: proposal.lead.code, kept: proposal.filings.map((f) => f.id), acceptFilings: true, reason: '' });
  }, [proposal, form]);

  if (!proposal) return null;
  const keptDepartments = [...new Map(proposal.filings.filter((f) => kept.includes(f.id)).map((f) => [f.department.code, f.department])).values()];

  const submit = async () => {
    const v = await form.validateFields();
    const date = v.date.format('YYYY-MM-DD');
    const lead = keptDepartments.find((d) => d.code === v.lead)?.name ?? v.lead;
    modal.confirm({
      title: t('jv.accept.confirm', { count: v.kept.length, date, lead }),
      okText: t('jv.action.accept'),
      onOk: async () => {
        setBusy(true);
        try {
          const removeFilings = proposal.filings.map((f) => f.id).filter((id) => !v.kept.includes(id));
          const res = await acceptProposal(proposal.id, {
            reason: v.reason.trim(),
            date: date !== proposal.proposedDate ? date : undefined,
            leadDepartment: v.lead !== proposal.lead.code ? v.lead : undefined,
            removeFilings: removeFilings.length ? removeFilings : undefined,
            acceptFilings: v.acceptFilings,
          });
          message.success(t('jv.accept.done'));
          onDone(res.jointVisit);
        } catch (e) {
          setError(failureMessage(e, t));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return (
    <Modal
      open
      title={t('jv.accept.title', { name: proposal.enterprise.name })}
      okText={t('jv.action.accept')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'accept-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="accept-error" />}
      <Form form={form} layout="vertical" requiredMark>
        {mode === 'accept' ? (
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('jv.accept.date')}>{proposal.proposedDate}</Descriptions.Item>
            <Descriptions.Item label={t('jv.col.departments')}>
              <DepartmentTags departments={proposal.departments} lead={proposal.lead} />
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <div style={{ display: mode === 'accept' ? 'none' : undefined }}>
          <Form.Item
            name="kept"
            label={t('jv.accept.filings')}
            rules={[{ validator: (_, v: number[]) => (v && v.length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('jv.accept.minFilings')))) }]}
          >
            <Checkbox.Group>
              <Space orientation="vertical">
                {proposal.filings.map((f) => (
                  <Checkbox key={f.id} value={f.id} data-testid={`keep-${f.id}`}>
                    #{f.id} {f.department.name} · {f.items.join('、')}{' '}
                    <Typography.Text type="secondary">{t('jv.window', { from: f.plannedDate, to: f.windowEnd ?? f.plannedDate })}</Typography.Text>
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item
            name="date"
            label={t('jv.accept.date')}
            extra={window ? t('jv.accept.dateHint', { from: window[0], to: window[1] }) : t('jv.accept.noCommonDay')}
            rules={[{ required: true }]}
          >
            <DatePicker
              data-testid="accept-date"
              disabledDate={(d) => !window || d.format('YYYY-MM-DD') < window[0] || d.format('YYYY-MM-DD') > window[1]}
              allowClear={false}
            />
          </Form.Item>
          <Form.Item name="lead" label={t('jv.accept.lead')} rules={[{ required: true }]}>
            <Select data-testid="accept-lead" options={keptDepartments.map((d) => ({ value: d.code, label: d.name }))} style={{ maxWidth: 320 }} />
          </Form.Item>
        </div>
        <Form.Item name="acceptFilings" valuePropName="checked">
          <Checkbox data-testid="accept-filings">{t('jv.accept.acceptFilings')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('jv.accept.reason')} rules={[{ required: true, whitespace: true, message: t('jv.accept.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('jv.accept.reasonPlaceholder')} data-testid="accept-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
