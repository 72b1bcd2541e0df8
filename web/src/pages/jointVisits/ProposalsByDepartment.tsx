import { Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import type { Proposal } from '../../api/jointVisits';
import { useT } from '../../i18n';
import { ProposalStateTag } from './ProposalParts';

/** 按部门: for each department, the proposed visits it takes part in (and whether it leads). */
export function ProposalsByDepartment({ proposals }: { proposals: Proposal[] }) {
  const t = useT();
  const groups = new Map<string, { name: string; items: Proposal[] }>();
  for (const p of proposals) {
    for (const d of p.departments) {
      const g = groups.get(d.code) ?? { name: d.name, items: [] };
      g.items.push(p);
      groups.set(d.code, g);
    }
  }
  if (groups.size === 0) return <Empty description={t('jv.empty')} />;
  const sorted = [...groups.entries()].sort((a, b) => b[1].items.length - a[1].items.length || a[1].name.localeCompare(b[1].name, 'zh'));
  return (
    <Row gutter={[16, 16]} data-testid="proposals-by-department">
      {sorted.map(([code, g]) => (
        <Col key={code} xs={24} md={12} xl={8}>
          <Card size="small" title={g.name} extra={<Typography.Text type="secondary">{t('jv.dept.count', { count: g.items.length })}</Typography.Text>}>
            <List
              size="small"
              dataSource={[...g.items].sort((a, b) => a.proposedDate.localeCompare(b.proposedDate))}
              renderItem={(p) => (
                <List.Item>
                  <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                    <Space size={6} wrap>
                      <Typography.Text strong>{p.proposedDate}</Typography.Text>
                      <Typography.Text>{p.enterprise.name}</Typography.Text>
                      <ProposalStateTag state={p.state} />
                    </Space>
                    <Typography.Text type="secondary">
                      {p.lead.code === code ? `${t('jv.dept.lead')} · ` : ''}
                      {p.departments.filter((d) => d.code !== code).map((d) => d.name).join('、')}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
