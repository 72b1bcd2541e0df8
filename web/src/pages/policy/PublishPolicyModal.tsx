import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { publishPolicyVersion, type Policy, type PolicyVersion } from '../../api/policy';
import { useT } from '../../i18n';
import { problemLines } from './publishErrors';

interface Props {
  open: boolean;
  /** The version in force: the template of the new one. */
  template: Policy;
  onClose: () => void;
  onPublished: (version: PolicyVersion) => void;
}

interface Values {
  id: string;
  effectiveFrom: Dayjs;
  json: string;
}

interface Failure {
  message: string;
  lines: string[];
}

function templateJson(policy: Policy): string {
  const { id: _id, effectiveFrom: _from, ...rest } = policy;
  return JSON.stringify(rest, null, 2);
}

/** A coordinator publishes a new version: code, date, the parameters as JSON; confirmed, then checked by the API. */
export function PublishPolicyModal({ open, template, onClose, onPublished }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<Failure | null>(null);

  const publish = async (body: Record<string, unknown>, id: string, date: string) => {
    try {
      const version = await publishPolicyVersion(body);
      message.success(t('pol.published', { id, date }));
      onPublished(version);
    } catch (reason) {
      if (reason instanceof ApiError) setFailure({ message: reason.message || t('error.unknown', { status: reason.status }), lines: problemLines(reason) });
      else setFailure({ message: t('error.unknown', { status: 0 }), lines: [] });
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    let parsed: unknown;
    try {
      parsed = JSON.parse(values.json);
    } catch (e) {
      form.setFields([{ name: 'json', errors: [t('pol.jsonInvalid', { error: e instanceof Error ? e.message : String(e) })] }]);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      form.setFields([{ name: 'json', errors: [t('pol.jsonNotObject')] }]);
      return;
    }
    const id = values.id.trim();
    const date = values.effectiveFrom.format('YYYY-MM-DD');
    setFailure(null);
    modal.confirm({
      title: t('pol.publishConfirm', { id, date }),
      content: t('pol.publishConfirmDesc'),
      okText: t('pol.publish'),
      cancelText: t('common.cancel'),
      onOk: () => publish({ ...(parsed as Record<string, unknown>), id, effectiveFrom: date }, id, date),
    });
  };

  return (
    <Modal
      open={open}
      width={760}
      title={t('pol.publishTitle')}
      okText={t('pol.publish')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'policy-publish-submit' } as Record<string, string>}
    >
      <Alert type="warning" showIcon title={t('pol.publishWarning')} className="yqs-modal-alert" />
      {failure && (
        <Alert
          type="error"
          showIcon
          className="yqs-modal-alert"
          data-testid="policy-publish-error"
          title={failure.message}
          description={
            failure.lines.length > 0 && (
              <>
                <div>{t('pol.problems', { count: failure.lines.length })}</div>
                <ul className="yqs-pol-problems">
                  {failure.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ id: '', effectiveFrom: dayjs().add(1, 'day').startOf('day'), json: templateJson(template) }}
      >
        <div className="yqs-pol-publish-row">
          <Form.Item name="id" label={t('pol.newId')} rules={[{ required: true, whitespace: true, message: t('pol.newIdRequired') }]}>
            <Input maxLength={64} placeholder={t('pol.newIdPlaceholder')} data-testid="policy-new-id" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('pol.newEffective')} rules={[{ required: true, message: t('pol.newEffectiveRequired') }]}>
            <DatePicker className="yqs-full-width" disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} data-testid="policy-new-date" />
          </Form.Item>
        </div>
        <Form.Item name="json" label={t('pol.json')} extra={t('pol.jsonHint')}>
          <Input.TextArea rows={16} spellCheck={false} className="yqs-pol-json" data-testid="policy-json" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
