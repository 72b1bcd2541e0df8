import { Card, Empty, Input, Radio, Typography } from 'antd';
import type { Answer, ChecklistQuestion } from '../../api/filings';
import { useT } from '../../i18n';

export interface AnswerValue {
  answer?: Answer;
  note?: string;
}

interface Props {
  questions: ChecklistQuestion[];
  answers: Record<string, AnswerValue>;
  onChange: (key: string, value: AnswerValue) => void;
  disabled: boolean;
}

const ANSWERS: readonly Answer[] = ['yes', 'no', 'na'];

/** 一表通查: the frozen combined checklist, one answer per question (a note where it does not comply). */
export function ChecklistCard({ questions, answers, onChange, disabled }: Props) {
  const t = useT();
  const done = questions.filter((q) => answers[q.key]?.answer).length;
  return (
    <Card size="small" title={t('rec.checklist')} extra={<Typography.Text type="secondary">{t('rec.answered', { done, total: questions.length })}</Typography.Text>} data-testid="record-checklist">
      {questions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <ol className="yqs-rec-questions">
        {questions.map((q) => {
          const value = answers[q.key] ?? {};
          return (
            <li key={q.key} className="yqs-rec-question" data-testid={`question-${q.key}`}>
              <div className="yqs-rec-question-text">{q.text}</div>
              <Radio.Group
                size="middle"
                optionType="button"
                buttonStyle="solid"
                disabled={disabled}
                value={value.answer}
                onChange={(e) => onChange(q.key, { ...value, answer: e.target.value as Answer })}
                className="yqs-rec-answer"
              >
                {ANSWERS.map((a) => (
                  <Radio.Button key={a} value={a}>
                    <span data-testid={`answer-${q.key}-${a}`}>{t(`rec.answer.${a}`)}</span>
                  </Radio.Button>
                ))}
              </Radio.Group>
              {value.answer === 'no' && (
                <Input
                  className="yqs-rec-note"
                  maxLength={1000}
                  disabled={disabled}
                  value={value.note ?? ''}
                  placeholder={t('rec.notePlaceholder')}
                  onChange={(e) => onChange(q.key, { ...value, note: e.target.value })}
                  data-testid={`note-${q.key}`}
                />
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
