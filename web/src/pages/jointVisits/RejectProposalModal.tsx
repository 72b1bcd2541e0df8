import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { rejectProposal, type Proposal } from '../../api/jointVisits';
import { useT } from '../../i18n';
import { failureMessage } from '../../components/failureMessage';

/** 不合并: the coordinator rejects a proposal, with a required reason and a confirmation. */
export function RejectProposalModal({ proposal, onClose, onDone }: { proposal: Proposal | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  if (!proposal) return null;

  const submit = async () => {
    const { reason } = await form.validateFields();
    modal.confirm({
      title: t('jv.reject.confirm'),
      okButtonProps: { danger: true },
      okText: t('jv.action.reject'),
      onOk: async () => {
        try {
          await rejectProposal(proposal.id, reason.trim());
          message.success(t('jv.reject.done'));
          onDone();
        } catch (e) {
          setError(failureMessage(e, t));
        }
      },
    });
  };

  return (
    <Modal open title={t('jv.reject.title', { name: proposal.enterprise.name })} okText={t('jv.action.reject')} okButtonProps={{ danger: true }} onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('jv.reject.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('jv.reject.reason')} rules={[{ required: true, whitespace: true, message: t('jv.accept.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('jv.reject.placeholder')} data-testid="reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
