import type { ReactNode } from 'react';
import { Card, Skeleton } from 'antd';
import { getEnterprise } from '../../api/endpoints';
import { LoadError } from '../../components/LoadError';
import { useAsync } from '../../components/useAsync';
import { EnterpriseProfile } from './EnterpriseProfile';

/** Loads GET /enterprises/{uscc} and shows the profile, or the matching error page. */
interface Props {
  uscc: string;
  title?: ReactNode;
  extra?: ReactNode;
}

export function EnterpriseView({ uscc, title, extra }: Props) {
  const { data, error, loading, reload } = useAsync(() => getEnterprise(uscc), [uscc]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data) {
    return (
      <Card title={title}>
        <Skeleton active paragraph={{ rows: 5 }} />
      </Card>
    );
  }
  return <EnterpriseProfile enterprise={data} title={title} extra={extra} />;
}
