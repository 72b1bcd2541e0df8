import type { ReactNode } from 'react';
import { Card, Descriptions, Grid, Space, Typography } from 'antd';
import type { EnterpriseDetail } from '../../api/types';
import { EnterpriseFlags, GradeTag } from '../../components/tags';
import { useT } from '../../i18n';

/** An enterprise's profile (精准画像 basics) as a descriptions card. */
interface Props {
  enterprise: EnterpriseDetail;
  title?: ReactNode;
  extra?: ReactNode;
}

export function EnterpriseProfile({ enterprise: e, title, extra }: Props) {
  const t = useT();
  const none = t('common.none');
  const screens = Grid.useBreakpoint();
  return (
    <Card data-testid="enterprise-profile" title={title} extra={extra}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        layout={screens.md === false ? 'vertical' : 'horizontal'}
        size="middle"
        styles={{ label: screens.md === false ? undefined : { width: 168 } }}
        items={[
          { key: 'name', label: t('ent.name'), children: <Typography.Text strong>{e.name}</Typography.Text>, span: 2 },
          { key: 'uscc', label: t('ent.uscc'), children: <Typography.Text copyable className="yqs-mono">{e.uscc}</Typography.Text> },
          { key: 'legalRep', label: t('ent.legalRep'), children: e.legalRepresentative || none },
          {
            key: 'grade',
            label: t('ent.grade'),
            children: (
              <Space>
                <GradeTag grade={e.grade} year={e.gradeYear} />
                {e.grade && <Typography.Text type="secondary">{t(`ent.gradeNote.${e.grade}`)}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'gradeYear', label: t('ent.gradeYearLabel'), children: e.gradeYear ?? none },
          { key: 'town', label: t('ent.town'), children: e.town?.name || none },
          { key: 'industry', label: t('ent.industry'), children: e.industry || none },
          { key: 'tags', label: t('ent.tags'), children: <EnterpriseFlags aboveScale={e.aboveScale} keyEnterprise={e.key} />, span: 2 },
          { key: 'address', label: t('ent.address'), children: e.address || none, span: 2 },
        ]}
      />
    </Card>
  );
}
