import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { addDelegation } from '../../api/delegations';
import { listDepartmentItems, listDepartments } from '../../api/endpoints';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { failureMessage } from '../../components/failureMessage';

interface Values {
  department?: string;
  item?: string;
  delegate?: string;
  validFrom?: Dayjs;
  validUntil?: Dayjs | null;
  note?: string;
}

/** Adds an entry to the library: which department may inspect which simple (delegable) item on whose behalf. */
export function AddDelegationModal({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const owner = Form.useWatch('department', form);
  const departments = useAsync(() => listDepartments({ limit: 200, offset: 0 }), []);
  const items = useAsync(() => (owner ? listDepartmentItems(owner, { limit: 200, offset: 0 }) : Promise.resolve(null)), [owner]);
  const deptOptions = (departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await addDelegation({
        department: v.department ?? '',
        item: v.item ?? '',
        delegate: v.delegate ?? '',
        validFrom: v.validFrom?.format('YYYY-MM-DD') ?? '',
        ...(v.validUntil ? { validUntil: v.validUntil.format('YYYY-MM-DD') } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      form.resetFields();
      onAdded();
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('dlg.add')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="delegation-add-confirm">
            {t('dlg.add')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onValuesChange={(changed: Values) => 'department' in changed && form.setFieldValue('item', undefined)}>
        <Form.Item name="department" label={t('dlg.owner')} rules={[{ required: true, message: t('dlg.ownerRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={deptOptions} loading={departments.loading} data-testid="delegation-owner" />
        </Form.Item>
        <Form.Item name="item" label={t('dlg.item')} rules={[{ required: true, message: t('dlg.itemRequired') }]} extra={t('dlg.itemHint')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={items.loading}
            options={(items.data?.items ?? []).filter((i) => i.delegable).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
            data-testid="delegation-item"
          />
        </Form.Item>
        <Form.Item name="delegate" label={t('dlg.delegate')} rules={[{ required: true, message: t('dlg.delegateRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={deptOptions.filter((d) => d.value !== owner)} data-testid="delegation-delegate" />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="validFrom" label={t('dlg.validFrom')} rules={[{ required: true, message: t('dlg.validFromRequired') }]}>
            <DatePicker data-testid="delegation-valid-from" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('dlg.validUntil')}>
            <DatePicker data-testid="delegation-valid-until" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('dlg.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} placeholder={t('dlg.notePlaceholder')} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} data-testid="delegation-error" />}
    </Modal>
  );
}
