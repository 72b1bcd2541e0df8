import { useEffect, useState } from 'react';
import { Alert as Notice, Input, Modal, Typography } from 'antd';
import { acknowledgeAlert, type Alert } from '../../api/alerts';
import { useLang, useT } from '../../i18n';
import { AlertKindTag } from './AlertKindTag';
import { failureMessage } from '../../components/failureMessage';

interface Props {
  alert: Alert | null;
  onClose: () => void;
  onDone: (handled: Alert) => void;
}

/** 处理: the coordinator writes what was done; the handling is recorded (audited) and final. */
export function HandleModal({ alert, onClose, onDone }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    setNote('');
    setFailure(null);
  }, [alert]);

  const submit = async () => {
    if (!alert) return;
    setBusy(true);
    setFailure(null);
    try {
      onDone(await acknowledgeAlert(alert.key, note.trim()));
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={alert !== null}
      title={t('al.handleTitle')}
      okText={t('al.confirm')}
      onOk={submit}
      okButtonProps={{ disabled: !note.trim(), loading: busy, 'data-testid': 'alert-handle-ok' } as never}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {alert && (
        <>
          <div style={{ marginBottom: 8 }}>
            <AlertKindTag kind={alert.kind} label={alert.kindLabel} />
            <Typography.Text strong>{alert.enterprise.name}</Typography.Text>
          </div>
          <Typography.Paragraph type="secondary">{alert.message[lang]}</Typography.Paragraph>
          <Typography.Paragraph>{t('al.handleHint')}</Typography.Paragraph>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('al.notePlaceholder')}
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            aria-label={t('al.note')}
            data-testid="alert-handle-note"
            style={{ marginBottom: 20 }}
          />
          {failure && <Notice type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
        </>
      )}
    </Modal>
  );
}
