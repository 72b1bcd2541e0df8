import { Button, Card, Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { FILING_KINDS } from '../../api/filings';
import { useT } from '../../i18n';
import { ItemSelect } from '../filings/ItemSelect';
import { EnterpriseMultiSelect } from './EnterpriseMultiSelect';
import type { PlanFormValues } from './planForm';

interface Props {
  index: number;
  field: { key: number; name: number };
  department: string | undefined;
  known: { uscc: string; name: string }[];
  onRemove: () => void;
  canRemove: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One task of the plan: kind, title, items, months, whom (rule and count, or named enterprises), basis. */
export function PlanTaskFields({ index, field, department, known, onRemove, canRemove }: Props) {
  const t = useT();
  const form = Form.useFormInstance<PlanFormValues>();
  const kind = Form.useWatch(['tasks', field.name, 'kind'], form);
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, whitespace: true, message: t(key) }];
  return (
    <Card
      size="small"
      className="yqs-plan-task"
      title={t('plan.task.n', { n: index + 1 })}
      extra={canRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('plan.task.remove')} />}
      data-testid={`plan-task-${index}`}
    >
      <div className="yqs-plan-task-row">
        <Form.Item name={[field.name, 'kind']} label={t('plan.task.kind')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {FILING_KINDS.map((k) => (
              <Radio.Button key={k} value={k}>
                <span data-testid={`plan-task-${index}-kind-${k}`}>{t(`fl.kind.${k}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name={[field.name, 'title']} label={t('plan.task.title')} rules={required('plan.task.titleRequired')}>
          <Input maxLength={200} data-testid={`plan-task-${index}-title`} />
        </Form.Item>
      </div>
      <Form.Item name={[field.name, 'items']} label={t('plan.task.items')} rules={[{ required: true, type: 'array', min: 1, message: t('fl.f.itemsRequired') }]}>
        <ItemSelect department={department} mode="onsite" ownOnly testId={`plan-task-${index}-items`} />
      </Form.Item>
      <Form.Item name={[field.name, 'months']} label={t('plan.task.months')} rules={[{ required: true, type: 'array', min: 1, message: t('plan.task.monthsRequired') }]}>
        <Checkbox.Group className="yqs-plan-months" options={MONTHS.map((m) => ({ value: m, label: t('fl.f.month', { month: m }) }))} data-testid={`plan-task-${index}-months`} />
      </Form.Item>
      {kind === 'random' ? (
        <div className="yqs-plan-task-row">
          <Form.Item name={[field.name, 'targetRule']} label={t('plan.task.targetRule')} rules={required('plan.task.targetRuleRequired')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={t('plan.task.targetRulePlaceholder')} data-testid={`plan-task-${index}-rule`} />
          </Form.Item>
          <Form.Item name={[field.name, 'targetCount']} label={t('plan.task.targetCount')} rules={[{ required: true, message: t('plan.task.targetCountRequired') }]}>
            <InputNumber min={1} max={1_000_000} style={{ width: '100%' }} data-testid={`plan-task-${index}-count`} />
          </Form.Item>
        </div>
      ) : (
        <>
          <Form.Item name={[field.name, 'enterprises']} label={t('plan.task.enterprises')} extra={t('plan.task.enterprisesHint')}>
            <EnterpriseMultiSelect known={known} testId={`plan-task-${index}-enterprises`} />
          </Form.Item>
          <Form.Item
            name={[field.name, 'targetRule']}
            label={t('plan.task.scope')}
            dependencies={[['tasks', field.name, 'enterprises']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  kind !== 'targeted' || value?.trim() || (getFieldValue(['tasks', field.name, 'enterprises']) as string[] | undefined)?.length
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('plan.task.scopeRequired'))),
              }),
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={t('plan.task.scopePlaceholder')} data-testid={`plan-task-${index}-scope`} />
          </Form.Item>
        </>
      )}
      {kind === 'campaign' && (
        <Form.Item name={[field.name, 'basis']} label={t('fl.f.campaignBasis')} rules={required('fl.f.campaignBasisRequired')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} placeholder={t('fl.f.campaignBasisPlaceholder')} />
        </Form.Item>
      )}
    </Card>
  );
}
