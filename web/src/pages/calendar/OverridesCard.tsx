import { useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { deleteCalendarOverride, listCalendarOverrides, setCalendarYear, type CalendarOverride } from '../../api/calendar';
import { LoadError } from '../../components/LoadError';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { OverrideModal } from './OverrideModal';

interface Props {
  year: number;
  provisional: boolean;
  onChanged: () => void;
}

/** The coordinator's overrides of the year: list, add (confirmed), delete (confirmed); mark a year entered. */
export function OverridesCard({ year, provisional, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const list = useAsync(() => listCalendarOverrides(year), [year]);

  const changed = () => {
    list.reload();
    onChanged();
  };

  const remove = async (o: CalendarOverride) => {
    await deleteCalendarOverride(o.date);
    message.success(t('cal.overrideDeleted', { date: o.date }));
    changed();
  };

  const markPublished = async () => {
    await setCalendarYear(year, true);
    message.success(t('cal.markedPublished', { year }));
    changed();
  };

  const columns: ColumnsType<CalendarOverride> = [
    { title: t('cal.overrideDate'), dataIndex: 'date', width: 120, render: (v: string) => <span className="yqs-mono">{v}</span> },
    {
      title: t('cal.overrideKind'),
      dataIndex: 'kind',
      width: 150,
      render: (v: CalendarOverride['kind']) => <Tag color={v === 'holiday' ? 'red' : 'orange'}>{t(`cal.overrideKind.${v}`)}</Tag>,
    },
    { title: t('cal.overrideName'), dataIndex: 'name', render: (v: string | null) => v || t('common.none') },
    {
      title: t('cal.overrideAt'),
      key: 'created',
      width: 170,
      render: (_, o) => (
        <div className="yqs-cal-override-by">
          <span>{dayjs(o.createdAt).format('YYYY-MM-DD HH:mm')}</span>
          <span className="yqs-muted">{o.createdBy || t('common.system')}</span>
        </div>
      ),
    },
    {
      title: t('cal.actions'),
      key: 'actions',
      width: 80,
      align: 'center',
      render: (_, o) => (
        <Popconfirm
          title={t('cal.overrideDeleteConfirm', { date: o.date })}
          description={t('cal.overrideDeleteDesc')}
          okText={t('cal.overrideDelete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove(o)}
        >
          <Button type="link" danger size="small" data-testid={`delete-override-${o.date}`}>
            {t('cal.overrideDelete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={`${t('cal.overrides')} · ${t('cal.year', { year })}`}
      data-testid="calendar-overrides"
      extra={
        <span className="yqs-cal-override-actions">
          {provisional && (list.data?.items.length ?? 0) > 0 && (
            <Popconfirm
              title={t('cal.markPublishedConfirm', { year })}
              description={t('cal.markPublishedDesc')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={markPublished}
            >
              <Button icon={<CheckOutlined />} data-testid="mark-year-published">
                {t('cal.markPublished', { year })}
              </Button>
            </Popconfirm>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-override">
            {t('cal.overrideAdd')}
          </Button>
        </span>
      }
    >
      <p className="yqs-muted yqs-cal-overrides-intro">{t('cal.overridesIntro')}</p>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} inline />}
      <Table<CalendarOverride>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.loading}
        locale={{ emptyText: t('cal.overridesEmpty', { year }) }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        scroll={{ x: 680 }}
      />
      <OverrideModal
        open={adding}
        year={year}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          changed();
        }}
      />
    </Card>
  );
}
