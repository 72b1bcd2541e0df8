import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { EditOutlined, FormOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { runFilingAction, type FilingAction, type FilingDetail } from '../../api/filings';
import { useT } from '../../i18n';
import { ActionModal } from './ActionModal';
import { REASON_ACTIONS } from './filingModel';

/** The order buttons appear in; arrive/complete lead to the record form, notify and register are not made here. */
const BUTTONS: readonly FilingAction[] = ['submit', 'approve', 'accept', 'reject', 'return', 'require_merge', 'cancel'];

interface Props {
  filing: FilingDetail;
  onChanged: (next: FilingDetail) => void;
}

/** What the signed-in user may do with the filing now (the API's `transitions`), each confirmed first. */
export function FilingActions({ filing, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [action, setAction] = useState<FilingAction | null>(null);
  const allowed = BUTTONS.filter((a) => filing.transitions.includes(a));
  const records = filing.transitions.includes('arrive') || filing.transitions.includes('complete');

  return (
    <Space wrap>
      {filing.transitions.includes('edit') && (
        <Link to={`/filings/${filing.id}/edit`}>
          <Button icon={<EditOutlined />} data-testid="action-edit">
            {t('fl.act.edit')}
          </Button>
        </Link>
      )}
      {allowed.map((a) => (
        <Button
          key={a}
          type={REASON_ACTIONS.has(a) ? 'default' : 'primary'}
          danger={a === 'cancel'}
          onClick={() => setAction(a)}
          data-testid={`action-${a}`}
        >
          {t(`fl.act.${a}`)}
        </Button>
      ))}
      {records && (
        <Link to={`/inspections/${filing.id}`}>
          <Button type="primary" icon={<FormOutlined />} data-testid="action-record">
            {t('fl.act.record')}
          </Button>
        </Link>
      )}
      <ActionModal
        open={action !== null}
        action={action}
        filing={filing}
        onCancel={() => setAction(null)}
        run={async (a, body) => {
          const next = await runFilingAction(filing.id, a, body);
          setAction(null);
          message.success(t('fl.act.done', { action: t(`fl.act.${a}`), state: t(`fl.state.${next.state}`) }));
          onChanged(next);
        }}
      />
    </Space>
  );
}
