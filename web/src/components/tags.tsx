import { Space, Tag, Tooltip } from 'antd';
import type { Grade, InspectionMode } from '../api/types';
import { useT } from '../i18n';

const GRADE_COLORS: Record<Grade, string> = { A: 'success', B: 'processing', C: 'warning', D: 'error' };

export function GradeTag({ grade, year }: { grade: Grade | null; year?: number | null }) {
  const t = useT();
  if (!grade) return <span className="yqs-muted">{t('common.none')}</span>;
  const tag = (
    <Tag color={GRADE_COLORS[grade]} data-testid={`grade-${grade}`} className="yqs-grade-tag">
      {grade}
    </Tag>
  );
  const note = t(`ent.gradeNote.${grade}`);
  return <Tooltip title={year ? `${t('ent.gradeYear', { year })} · ${note}` : note}>{tag}</Tooltip>;
}

export const gradeColor = (grade: Grade): string =>
  ({ A: '#52c41a', B: '#1677ff', C: '#faad14', D: '#ff4d4f' })[grade];

export function ModeTags({ modes, delegable }: { modes: InspectionMode[]; delegable?: boolean }) {
  const t = useT();
  return (
    <Space size={[0, 4]} wrap>
      {modes.includes('onsite') && <Tag color="blue">{t('mode.onsite')}</Tag>}
      {modes.includes('offsite') && <Tag color="cyan">{t('mode.offsite')}</Tag>}
      {delegable && <Tag color="purple">{t('item.delegable')}</Tag>}
    </Space>
  );
}

export function EnterpriseFlags({ aboveScale, keyEnterprise }: { aboveScale: boolean; keyEnterprise: boolean }) {
  const t = useT();
  if (!aboveScale && !keyEnterprise) return <span className="yqs-muted">{t('common.none')}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {aboveScale && <Tag color="geekblue">{t('ent.aboveScale')}</Tag>}
      {keyEnterprise && <Tag color="volcano">{t('ent.key')}</Tag>}
    </Space>
  );
}
