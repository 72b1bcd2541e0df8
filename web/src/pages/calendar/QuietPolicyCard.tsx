import { Card, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { getPolicy, type Policy } from '../../api/policy';
import { GRADES, type Grade } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useT, type Translate } from '../../i18n';

export function quietText(t: Translate, period: Policy['quietPeriods'][Grade]): string {
  if (!period) return t('cal.policyNoQuiet');
  const end = period.endDay === null ? t('cal.policyMonthEnd') : t('cal.policyDay', { day: period.endDay });
  return t('cal.policyQuiet', { start: period.startDay, end });
}

/** The quiet periods of the policy in force, per grade, with a link to every parameter. */
export function QuietPolicyCard() {
  const t = useT();
  const { data, error, reload } = useAsync(() => getPolicy(), []);
  return (
    <Card
      title={t('cal.policyTitle')}
      data-testid="calendar-policy"
      extra={<Link to="/policy">{t('cal.policyLink')}</Link>}
      loading={!data && !error}
    >
      {error !== undefined && <LoadError error={error} onRetry={reload} inline />}
      {data && (
        <>
          <p className="yqs-muted yqs-cal-policy-version">
            {t('cal.policyVersion', { id: data.version.id, date: data.version.effectiveFrom })}
          </p>
          <Descriptions column={1} size="small" bordered>
            {GRADES.map((g) => (
              <Descriptions.Item key={g} label={<GradeTag grade={g} />}>
                {quietText(t, data.policy.quietPeriods[g])}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      )}
    </Card>
  );
}
