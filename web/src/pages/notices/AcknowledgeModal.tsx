import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Space, Typography } from 'antd';
import { acknowledgeNotice, type Notice } from '../../api/notices';
import { useT } from '../../i18n';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  notice: Notice | null;
  onClose: () => void;
  onDone: (next: Notice) => void;
}

/** Confirms receipt of a notice; the enterprise may ask, at the same time, that an inspector withdraw (回避). */
export function AcknowledgeModal({ notice, onClose, onDone }: Props) {
  const t = useT();
  const [recuse, setRecuse] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setRecuse(false);
    setText('');
    setFailure(null);
  }, [notice]);
  if (!notice) return null;

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onDone(await acknowledgeNotice(notice.id, recuse ? text.trim() : undefined));
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('ntc.ackTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} disabled={recuse && !text.trim()} onClick={() => void submit()} data-testid="notice-ack-confirm">
            {t('ntc.acknowledge')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('ntc.ackConfirm', { department: notice.content.department?.name ?? '', date: notice.content.date ?? '' })}</Typography.Paragraph>
      <Checkbox checked={recuse} onChange={(e) => setRecuse(e.target.checked)} data-testid="notice-recuse">
        {t('ntc.recuseAsk')}
      </Checkbox>
      {recuse && (
        <Input.TextArea
          className="yqs-ntc-recuse-text"
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('ntc.recusePlaceholder')}
          data-testid="notice-recuse-text"
        />
      )}
      {failure && <Alert type="error" showIcon title={failure} className="yqs-ntc-failure" />}
    </Modal>
  );
}
