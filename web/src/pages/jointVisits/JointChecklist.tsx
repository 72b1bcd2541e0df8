import { Card, Table, Typography } from 'antd';
import type { JointVisitDetail } from '../../api/jointVisits';
import { useT } from '../../i18n';

/** 一表通查: the union of the items' checklists, each question once, with the items that ask it. */
export function JointChecklist({ visit }: { visit: JointVisitDetail }) {
  const t = useT();
  const names = new Map(visit.items.map((i) => [i.code, i.name]));
  return (
    <Card size="small" title={t('jv.detail.checklist')} data-testid="joint-checklist">
      <Typography.Paragraph type="secondary" className="jv-no-print">
        {t('jv.detail.checklist.intro')}
      </Typography.Paragraph>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={visit.checklist}
        columns={[
          { title: t('jv.detail.checklist.no'), key: 'no', width: 60, render: (_, __, i) => i + 1 },
          { title: t('jv.detail.checklist.text'), dataIndex: 'text' },
          { title: t('jv.detail.checklist.items'), key: 'items', width: 220, render: (_, q) => q.items.map((c) => names.get(c) ?? c).join('、') },
          { title: t('jv.detail.checklist.result'), key: 'result', width: 150, render: () => t('jv.detail.checklist.options') },
        ]}
      />
    </Card>
  );
}
