import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { arriveAt, type FilingDetail } from '../../api/filings';
import { useT } from '../../i18n';
import { ActionModal } from '../filings/ActionModal';

interface Props {
  filing: FilingDetail;
  onChanged: (next: FilingDetail) => void;
}

/** 到达现场: the inspector confirms the code and certificates were shown (查时亮码), then records arrival. */
export function ArrivalCard({ filing, onChanged }: Props) {
  const t = useT();
  const [codeShown, setCodeShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const arrivedAt = filing.record?.arrivedAt;
  const canArrive = filing.transitions.includes('arrive');
  const end = filing.windowEnd ?? filing.plannedDate;

  return (
    <Card size="small" title={t('rec.arrival')} data-testid="record-arrival">
      {arrivedAt ? (
        <Typography.Text type="success" data-testid="record-arrived">
          <EnvironmentOutlined /> {t('rec.arrivedLine', { at: dayjs(arrivedAt).format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
      ) : canArrive ? (
        <div className="yqs-rec-arrive">
          <Alert type="info" showIcon title={t('rec.arriveWindow', { from: filing.plannedDate, to: end })} />
          <Checkbox checked={codeShown} onChange={(e) => setCodeShown(e.target.checked)} data-testid="record-code-shown">
            {t('rec.codeShown')}
          </Checkbox>
          <Button type="primary" size="large" block icon={<EnvironmentOutlined />} disabled={!codeShown} onClick={() => setConfirming(true)} data-testid="record-arrive">
            {t('rec.arrive')}
          </Button>
        </div>
      ) : (
        <Typography.Text type="secondary">{t('rec.cannotArrive')}</Typography.Text>
      )}
      <ActionModal
        open={confirming}
        action="arrive"
        filing={filing}
        noText
        onCancel={() => setConfirming(false)}
        run={async (_action, body) => {
          const next = await arriveAt(filing.id, { codeShown, ...(body.justifications ? { justifications: body.justifications } : {}) });
          setConfirming(false);
          onChanged(next);
        }}
      />
    </Card>
  );
}
