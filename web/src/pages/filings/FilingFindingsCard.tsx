import { Alert, Card, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import type { FilingDetail } from '../../api/filings';
import { useT } from '../../i18n';
import { FindingsList } from './FindingsList';
import { stepLabel } from './labels';

/** The rules' findings at the filing's last step, with the written justifications kept for warnings. */
export function FilingFindingsCard({ filing }: { filing: FilingDetail }) {
  const t = useT();
  const check = filing.check;
  const justified = Object.entries(filing.justifications);
  return (
    <Card
      title={t('fl.d.findings')}
      extra={check && <Typography.Text type="secondary">{t('fl.d.checkedAt', { step: stepLabel(t, check.step), at: dayjs(check.at).format('YYYY-MM-DD HH:mm') })}</Typography.Text>}
      data-testid="filing-findings"
    >
      {!check ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fl.d.noCheck')} />
      ) : (
        <div className="yqs-findings">
          {check.provisional && <Alert type="warning" showIcon title={t('rc.provisional')} />}
          <FindingsList
            findings={check.findings}
            below={(finding) =>
              filing.justifications[finding.code] && (
                <div className="yqs-fl-justified" data-testid={`justified-${finding.code}`}>
                  <Typography.Text strong>{t('fl.justify.kept')}</Typography.Text>
                  {filing.justifications[finding.code].text}
                  <Typography.Text type="secondary" className="yqs-fl-justified-by">
                    {filing.justifications[finding.code].by} · {dayjs(filing.justifications[finding.code].at).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                </div>
              )
            }
          />
          {justified
            .filter(([code]) => !check.findings.some((f) => f.code === code))
            .map(([code, j]) => (
              <div key={code} className="yqs-fl-justified">
                <Typography.Text strong>{code}</Typography.Text> {j.text}
                <Typography.Text type="secondary" className="yqs-fl-justified-by">
                  {j.by} · {dayjs(j.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </div>
            ))}
        </div>
      )}
    </Card>
  );
}
