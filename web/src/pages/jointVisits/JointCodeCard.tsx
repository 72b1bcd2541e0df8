import { App, Button, Card, Space, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { issueJointCode, type JointVisitDetail } from '../../api/jointVisits';
import { useT } from '../../i18n';

/** 联合检查码: the QR code of the joint visit, or (for the coordinator) the button that issues it once every filing is accepted. */
export function JointCodeCard({ visit, canIssue, onIssued }: { visit: JointVisitDetail; canIssue: boolean; onIssued: (v: JointVisitDetail) => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const issue = () =>
    modal.confirm({
      title: t('jv.detail.issueConfirm'),
      okText: t('jv.detail.issueCode'),
      onOk: async () => {
        const v = await issueJointCode(visit.id);
        message.success(t('jv.detail.codeDone'));
        onIssued(v);
      },
    });
  return (
    <Card size="small" title={<Space size={6}><QrcodeOutlined />{t('jv.detail.code')}</Space>} data-testid="joint-code">
      {visit.codeUrl ? (
        <Space orientation="vertical" size={8} align="center" style={{ width: '100%' }}>
          {visit.codeQr && <img src={visit.codeQr} alt={t('jv.detail.code')} width={200} height={200} style={{ maxWidth: '100%', height: 'auto' }} data-testid="joint-code-qr" />}
          {visit.codeValidFrom && <Typography.Text strong>{t('jv.detail.codeValid', { from: visit.codeValidFrom, to: visit.codeValidTo ?? visit.codeValidFrom })}</Typography.Text>}
          <Typography.Text type="secondary">{t('jv.detail.codeIntro')}</Typography.Text>
          <Link to={visit.codeUrl} target="_blank" className="jv-no-print">
            {t('jv.detail.codeOpen')}
          </Link>
        </Space>
      ) : (
        <Space orientation="vertical" size={8}>
          <Typography.Text type="secondary">{t('jv.detail.codeNotReady')}</Typography.Text>
          {canIssue && (
            <Button type="primary" disabled={!visit.codeReady} onClick={issue} className="jv-no-print" data-testid="joint-code-issue">
              {t('jv.detail.issueCode')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
