import { Button, Card, DatePicker, Input, Radio, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Outcome } from '../../api/filings';
import { useT } from '../../i18n';

export interface ProblemDraft {
  description: string;
  rectifyBy: string;
}

export interface OutcomeValue {
  outcome?: Outcome;
  problems: ProblemDraft[];
  caseReference: string;
  summary: string;
}

interface Props {
  value: OutcomeValue;
  onChange: (next: OutcomeValue) => void;
  disabled: boolean;
}

const OUTCOMES: readonly Outcome[] = ['none', 'problems', 'violation'];

/** The findings: none; problems, each with a rectification deadline; or a suspected violation referred to a case. */
export function OutcomeCard({ value, onChange, disabled }: Props) {
  const t = useT();
  const set = (patch: Partial<OutcomeValue>) => onChange({ ...value, ...patch });
  const setProblem = (i: number, patch: Partial<ProblemDraft>) => set({ problems: value.problems.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  return (
    <Card size="small" title={t('rec.findings')} data-testid="record-outcome-card">
      <Radio.Group
        value={value.outcome}
        disabled={disabled}
        onChange={(e) => {
          const outcome = e.target.value as Outcome;
          set({ outcome, problems: outcome === 'problems' && value.problems.length === 0 ? [{ description: '', rectifyBy: '' }] : value.problems });
        }}
        className="yqs-rec-outcomes"
      >
        {OUTCOMES.map((o) => (
          <Radio key={o} value={o}>
            <span data-testid={`outcome-${o}`}>{t(`rec.outcome.${o}`)}</span>
          </Radio>
        ))}
      </Radio.Group>
      {value.outcome === 'problems' && (
        <div className="yqs-rec-problems">
          {value.problems.map((p, i) => (
            <div key={i} className="yqs-rec-problem" data-testid={`problem-${i}`}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={1000}
                disabled={disabled}
                value={p.description}
                placeholder={t('rec.problemPlaceholder')}
                onChange={(e) => setProblem(i, { description: e.target.value })}
                data-testid={`problem-${i}-description`}
              />
              <div className="yqs-rec-problem-row">
                <DatePicker
                  disabled={disabled}
                  value={p.rectifyBy ? dayjs(p.rectifyBy) : null}
                  placeholder={t('rec.rectifyByPlaceholder')}
                  onChange={(d) => setProblem(i, { rectifyBy: d ? d.format('YYYY-MM-DD') : '' })}
                  inputReadOnly
                  data-testid={`problem-${i}-date`}
                />
                <Button icon={<DeleteOutlined />} disabled={disabled || value.problems.length === 1} onClick={() => set({ problems: value.problems.filter((_, j) => j !== i) })} aria-label={t('rec.removeProblem')} />
              </div>
              <Space size={6} wrap>
                {[7, 15, 30].map((days) => (
                  <Button
                    key={days}
                    size="small"
                    disabled={disabled}
                    onClick={() => setProblem(i, { rectifyBy: dayjs().startOf('day').add(days, 'day').format('YYYY-MM-DD') })}
                    data-testid={`problem-${i}-in-${days}`}
                  >
                    {t('rec.inDays', { days })}
                  </Button>
                ))}
              </Space>
            </div>
          ))}
          <Button icon={<PlusOutlined />} disabled={disabled} onClick={() => set({ problems: [...value.problems, { description: '', rectifyBy: '' }] })} data-testid="problem-add">
            {t('rec.addProblem')}
          </Button>
        </div>
      )}
      {value.outcome === 'violation' && (
        <Input
          className="yqs-rec-case"
          maxLength={200}
          disabled={disabled}
          value={value.caseReference}
          placeholder={t('rec.casePlaceholder')}
          onChange={(e) => set({ caseReference: e.target.value })}
          data-testid="record-case-reference"
        />
      )}
      <Input.TextArea
        className="yqs-rec-summary-input"
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={4000}
        disabled={disabled}
        value={value.summary}
        placeholder={t('rec.summaryPlaceholder')}
        onChange={(e) => set({ summary: e.target.value })}
        data-testid="record-summary-input"
      />
    </Card>
  );
}

/** What still keeps the record from completion, as message keys (none when it can be completed). */
export function outcomeGaps(v: OutcomeValue): ('rec.gap.outcome' | 'rec.gap.problems' | 'rec.gap.case')[] {
  if (!v.outcome) return ['rec.gap.outcome'];
  if (v.outcome === 'problems' && (v.problems.length === 0 || v.problems.some((p) => !p.description.trim() || !p.rectifyBy))) return ['rec.gap.problems'];
  if (v.outcome === 'violation' && !v.caseReference.trim()) return ['rec.gap.case'];
  return [];
}
