import { Alert, Card, List, Tag, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import type { DemoAccount } from '../../api/types';
import { useT } from '../../i18n';

interface Props {
  accounts: DemoAccount[];
  onPick: (username: string) => void;
}

/** The label reads "role · who"; the role is already shown as a tag, so keep the "who". */
const who = (label: string): string => label.split(' · ').pop() ?? label;

/** Shown in demo mode only: the shared password and a clickable list of role accounts. */
export function DemoAccounts({ accounts, onPick }: Props) {
  const t = useT();
  return (
    <Card
      size="small"
      className="yqs-demo-card"
      data-testid="demo-accounts"
      title={
        <span>
          <ExperimentOutlined /> {t('login.demoTitle')}
        </span>
      }
    >
      <Alert type="info" showIcon title={t('login.demoPassword')} className="yqs-demo-alert" data-testid="demo-password" />
      <Typography.Text type="secondary" className="yqs-demo-hint">
        {t('login.demoHint')}
      </Typography.Text>
      <List
        size="small"
        className="yqs-demo-list"
        dataSource={accounts}
        renderItem={(account) => (
          <List.Item
            className="yqs-demo-item"
            data-testid={`demo-account-${account.username}`}
            onClick={() => onPick(account.username)}
          >
            <Typography.Text code className="yqs-demo-username">
              {account.username}
            </Typography.Text>
            <span className="yqs-demo-label">
              <Tag color="blue">{t(`role.${account.role}`)}</Tag>
              <Typography.Text type="secondary" ellipsis title={account.label}>
                {who(account.label)}
              </Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
