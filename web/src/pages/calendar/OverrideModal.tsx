import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { setCalendarOverride, type OverrideInput, type OverrideKind } from '../../api/calendar';
import { useT } from '../../i18n';

interface Props {
  open: boolean;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  date: Dayjs;
  kind: OverrideKind;
  name?: string;
}

const errorText = (reason: unknown, fallback: string) => (reason instanceof ApiError && reason.message ? reason.message : fallback);

/** The day as it is now, from the 409 preview's details.current (a DayView), if the API sent one. */
function currentDay(details: unknown): { working: boolean; name: string | null } | null {
  if (typeof details !== 'object' || details === null || !('current' in details)) return null;
  const current: unknown = details.current;
  if (typeof current !== 'object' || current === null || !('working' in current) || typeof current.working !== 'boolean') return null;
  const name = 'name' in current && typeof current.name === 'string' ? current.name : null;
  return { working: current.working, name };
}

/**
 * Adds (or replaces) one day's override. The API first answers 409 CONFIRMATION_REQUIRED with what
 * would change; that text is shown for the coordinator to confirm, then the change is applied.
 */
export function OverrideModal({ open, year, onClose, onSaved }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const saved = (input: OverrideInput) => {
    message.success(t('cal.overrideSaved', { date: input.date }));
    form.resetFields();
    onSaved();
  };
  const apply = async (input: OverrideInput) => {
    await setCalendarOverride(input, true);
    saved(input);
  };

  const submit = async () => {
    const values = await form.validateFields();
    const input: OverrideInput = { date: values.date.format('YYYY-MM-DD'), kind: values.kind, ...(values.name?.trim() ? { name: values.name.trim() } : {}) };
    setBusy(true);
    setError(null);
    try {
      await setCalendarOverride(input, false); // the API answers 409 with a preview …
      saved(input); // … unless a future version applies unconfirmed changes at once
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'CONFIRMATION_REQUIRED') {
        const now = currentDay(reason.details);
        const content = now
          ? t('cal.confirmText', {
              date: input.date,
              current: [t(now.working ? 'cal.currentWorking' : 'cal.currentOff'), now.name].filter(Boolean).join(t('cal.daySeparator')),
              kind: t(`cal.confirmKind.${input.kind}`),
              name: input.name ? t('cal.confirmName', { name: input.name }) : '',
            })
          : reason.message;
        modal.confirm({
          title: t('cal.overrideConfirmTitle'),
          content,
          okText: t('common.confirm'),
          cancelText: t('common.cancel'),
          onOk: () => apply(input),
        });
      } else {
        setError(errorText(reason, t('error.unknown', { status: reason instanceof ApiError ? reason.status : 0 })));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('cal.overrideAdd')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'override-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" showIcon title={error} className="yqs-modal-alert" />}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ kind: 'holiday', date: dayjs(`${year}-01-01`) }}>
        <Form.Item name="date" label={t('cal.overrideDate')} rules={[{ required: true, message: t('cal.overrideDateRequired') }]}>
          <DatePicker className="yqs-full-width" data-testid="override-date" />
        </Form.Item>
        <Form.Item name="kind" label={t('cal.overrideKind')}>
          <Radio.Group data-testid="override-kind">
            <Radio value="holiday">{t('cal.overrideKind.holiday')}</Radio>
            <Radio value="workday">{t('cal.overrideKind.workday')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="name" label={t('cal.overrideName')}>
          <Input maxLength={50} placeholder={t('cal.overrideNamePlaceholder')} data-testid="override-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
