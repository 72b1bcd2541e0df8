import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { ApiError } from '../../api/client';
import { issueApiKey } from '../../api/endpoints';
import type { IssuedApiKey } from '../../api/types';
import { useT } from '../../i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  onIssued: (issued: IssuedApiKey) => void;
}

interface Values {
  name: string;
  username: string;
}

/** Form to issue a key for a user; the plaintext key is handed to onIssued and never stored here. */
export function IssueKeyModal({ open, onClose, onIssued }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const issued = await issueApiKey(values.name.trim(), values.username.trim());
      form.resetFields();
      onIssued(issued);
    } catch (reason) {
      setError(reason instanceof ApiError && reason.message ? reason.message : t('error.unknown', { status: reason instanceof ApiError ? reason.status : 0 }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('keys.issue')}
      okText={t('keys.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'issue-key-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} className="yqs-modal-alert" />}
      <Form<Values> form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label={t('keys.name')} rules={[{ required: true, whitespace: true, message: t('keys.nameRequired') }]}>
          <Input placeholder={t('keys.namePlaceholder')} maxLength={100} data-testid="issue-key-name" />
        </Form.Item>
        <Form.Item name="username" label={t('keys.user')} rules={[{ required: true, whitespace: true, message: t('keys.usernameRequired') }]}>
          <Input placeholder={t('keys.usernamePlaceholder')} maxLength={100} data-testid="issue-key-username" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
