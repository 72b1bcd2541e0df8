import { Checkbox, Empty, Spin, Tag, Typography } from 'antd';
import { listInspectors, type DepartmentInspector } from '../../api/filings';
import { LoadError } from '../../components/LoadError';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

interface Props {
  department: string | undefined;
  value?: string[];
  onChange?: (usernames: string[]) => void;
}

/** Why an inspector cannot be assigned (R13): no valid certificate, training not current. */
function useReasons() {
  const t = useT();
  return (i: DepartmentInspector): string[] => {
    const reasons: string[] = [];
    if (!i.certificateValid) {
      const last = [...i.certificates].sort((a, b) => a.validUntil.localeCompare(b.validUntil)).at(-1);
      reasons.push(last ? t('fl.insp.certExpired', { date: last.validUntil }) : t('fl.insp.noCert'));
    }
    if (!i.trainingCurrent) reasons.push(t('fl.insp.noTraining'));
    return reasons;
  };
}

/** The department's inspectors: only qualified ones can be ticked; the others say why not. */
export function InspectorPicker({ department, value = [], onChange }: Props) {
  const t = useT();
  const reasonsOf = useReasons();
  const { data, error, loading, reload } = useAsync(
    () => (department ? listInspectors(department) : Promise.resolve({ items: [] })),
    [department],
  );
  if (error) return <LoadError error={error} onRetry={reload} inline />;
  if (loading && !data) return <Spin size="small" />;
  const items = data?.items ?? [];
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fl.insp.none')} />;
  const toggle = (username: string, on: boolean) =>
    onChange?.(on ? [...value.filter((u) => u !== username), username] : value.filter((u) => u !== username));
  const ordered = [...items].sort((a, b) => Number(b.qualified) - Number(a.qualified));

  return (
    <div className="yqs-fl-inspectors" data-testid="filing-inspectors">
      {ordered.map((i) => {
        const reasons = reasonsOf(i);
        const cert = [...i.certificates].sort((a, b) => a.validUntil.localeCompare(b.validUntil)).at(-1);
        return (
          <div key={i.username} className={`yqs-fl-inspector${i.qualified ? '' : ' yqs-fl-inspector-off'}`}>
            <Checkbox
              checked={value.includes(i.username)}
              disabled={!i.qualified}
              onChange={(e) => toggle(i.username, e.target.checked)}
              data-testid={`inspector-${i.username}`}
              data-qualified={i.qualified ? 'yes' : 'no'}
            >
              <span className="yqs-fl-inspector-name">{i.displayName}</span>
            </Checkbox>
            <span className="yqs-fl-inspector-body">
              <Typography.Text type="secondary" className="yqs-fl-inspector-cert">
                {cert ? t('fl.insp.cert', { number: cert.number, date: cert.validUntil }) : t('fl.insp.noCert')}
              </Typography.Text>
              {reasons.length > 0 ? (
                <span data-testid={`inspector-reason-${i.username}`}>
                  {reasons.map((r) => (
                    <Tag key={r} color="error" className="yqs-fl-inspector-tag">
                      {r}
                    </Tag>
                  ))}
                </span>
              ) : (
                <Tag color="success" className="yqs-fl-inspector-tag">
                  {t('fl.insp.qualified')}
                </Tag>
              )}
            </span>
          </div>
        );
      })}
    </div>
  );
}
