import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Select, Space, Spin } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { createPlan, getPlan, updatePlan } from '../../api/plans';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { emptyTask, fromTask, toTask, type PlanFormValues } from './planForm';
import { PlanTaskFields } from './PlanTaskFields';
import './plans.css';
import { failureMessage } from '../../components/failureMessage';

/** 编制 / 修改年度计划: a new plan, or a draft or returned one (the whole task list is replaced). */
export function PlanEditPage() {
  const t = useT();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useAsync(() => (editing ? getPlan(Number(id)) : Promise.resolve(null)), [id]);
  const [form] = Form.useForm<PlanFormValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const thisYear = dayjs().year();
  const department = existing.data?.department.code ?? user.department?.code;
  const known = useMemo(() => existing.data?.tasks.flatMap((task) => task.enterprises) ?? [], [existing.data]);
  const initial = useMemo<PlanFormValues | null>(() => {
    if (editing && !existing.data) return null;
    if (existing.data) return { year: existing.data.year, tasks: existing.data.tasks.map(fromTask) };
    return { year: thisYear + 1, tasks: [emptyTask()] };
  }, [editing, existing.data, thisYear]);
  const crumbs = [{ title: t('nav.plans'), to: '/plans' }, { title: editing ? `#${id}` : t('plan.new') }];

  if (existing.error) {
    return (
      <PageContainer title={t('plan.title')} crumbs={crumbs}>
        <LoadError error={existing.error} onRetry={existing.reload} />
      </PageContainer>
    );
  }
  if (!initial) return <Spin className="yqs-page-spin" />;

  const save = async () => {
    setFailure(null);
    let values: PlanFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      const tasks = values.tasks.map(toTask);
      const plan = editing ? await updatePlan(Number(id), tasks) : await createPlan({ department: department ?? '', year: values.year, tasks });
      message.success(t('plan.saved'));
      navigate(`/plans/${plan.id}`);
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer
      title={editing ? t('plan.editTitle', { year: initial.year }) : t('plan.new')}
      subTitle={t('plan.editIntro')}
      crumbs={crumbs}
    >
      <Form<PlanFormValues> form={form} layout="vertical" initialValues={initial} data-testid="plan-form">
        <Card size="small" className="yqs-plan-task">
          <Form.Item name="year" label={t('plan.year')}>
            <Select
              disabled={editing}
              options={[thisYear, thisYear + 1].map((y) => ({ value: y, label: t('plan.yearTitle', { year: y }) }))}
              style={{ width: 160 }}
              data-testid="plan-year"
            />
          </Form.Item>
        </Card>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <PlanTaskFields key={field.key} index={index} field={field} department={department} known={known} canRemove={fields.length > 1} onRemove={() => remove(field.name)} />
              ))}
              <Button block icon={<PlusOutlined />} onClick={() => add(emptyTask())} data-testid="plan-task-add">
                {t('plan.task.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} className="yqs-plan-failure" data-testid="plan-error" />}
      <Space className="yqs-plan-actions">
        <Button onClick={() => navigate(editing ? `/plans/${id}` : '/plans')}>{t('common.cancel')}</Button>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="plan-save">
          {t('plan.save')}
        </Button>
      </Space>
    </PageContainer>
  );
}
