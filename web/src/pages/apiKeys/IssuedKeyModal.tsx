import { App, Alert, Button, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import type { IssuedApiKey } from '../../api/types';
import { useT } from '../../i18n';

/** Shows a freshly issued key once, with a copy button and the warning that it will not be shown again. */
export function IssuedKeyModal({ issued, onClose }: { issued: IssuedApiKey | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();

  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.key);
      message.success(t('keys.copied'));
    } catch {
      message.warning(t('keys.copyFailed'));
    }
  };

  return (
    <Modal
      open={issued !== null}
      title={t('keys.issuedTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={copy} data-testid="issued-key-copy">
          {t('keys.copy')}
        </Button>,
        <Button key="ok" type="primary" onClick={onClose} data-testid="issued-key-close">
          {t('keys.savedIt')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={t('keys.issuedWarning')} className="yqs-modal-alert" />
      <Typography.Paragraph className="yqs-issued-key" data-testid="issued-key">
        {issued?.key}
      </Typography.Paragraph>
    </Modal>
  );
}
