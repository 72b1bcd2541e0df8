import { useState, type ReactNode } from 'react';
import { App, Button, Card, Form, Input, List, Modal, Rate, Space, Tag, Typography } from 'antd';
import { rateVisit, type HistoryInspection, type VisitHistory } from '../../api/enterprisePortal';
import type { FilingKind, FilingState } from '../../api/filings';
import type { InspectionMode } from '../../api/types';
import { ApiError } from '../../api/client';
import { useT, type MessageKey } from '../../i18n';
import { FilingStateTag, KindModeText } from '../filings/FilingTags';
import './portal.css';

const errorText = (error: unknown, fallback: string) => (error instanceof ApiError && error.message ? error.message : fallback);

/**
 * The enterprise's inspections by every department, newest first, as cards that read on a phone:
 * date, department, type (joint or not), items, state, outcome and the rating — or the button to
 * rate a completed visit not rated yet.
 */
export function InspectionsCard({ history, onChanged }: { history: VisitHistory; onChanged: (h: VisitHistory) => void }) {
  const t = useT();
  const [rating, setRating] = useState<HistoryInspection | null>(null);
  const toRate = history.inspections.filter((i) => i.canRate).length;
  return (
    <Card size="small" title={t('mv.inspections')} extra={toRate > 0 ? <Tag color="orange">{t('mv.toRate', { n: toRate })}</Tag> : null}>
      <List<HistoryInspection>
        dataSource={history.inspections}
        locale={{ emptyText: t('mv.empty') }}
        pagination={history.inspections.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        data-testid="mv-inspections"
        renderItem={(r) => (
          <List.Item key={r.id} className="yqs-mv-item" data-testid={`mv-inspection-${r.id}`} data-state={r.state}>
            <div className="yqs-mv-head">
              <Typography.Text strong>{r.windowEnd && r.windowEnd !== r.plannedDate ? `${r.plannedDate} ~ ${r.windowEnd}` : r.plannedDate}</Typography.Text>
              <FilingStateTag state={r.state as FilingState} />
            </div>
            <div className="yqs-mv-dept">{r.department.name}</div>
            <Space size={4} wrap className="yqs-mv-line">
              <KindModeText kind={r.kind as FilingKind} mode={r.mode as InspectionMode} />
              {r.jointVisitId !== null && <Tag color="blue">{t('mv.joint')}</Tag>}
              {r.outcome && <Typography.Text type="secondary">· {t(`rec.outcome.${r.outcome}` as MessageKey)}</Typography.Text>}
            </Space>
            {r.items.length > 0 && (
              <div className="yqs-mv-line">
                <Typography.Text type="secondary">{t('mv.items')}：</Typography.Text>
                {r.items.join('、')}
              </div>
            )}
            {r.rating ? (
              <div className="yqs-mv-rating" data-testid={`mv-rated-${r.id}`}>
                <Rate disabled value={r.rating.score} style={{ fontSize: 14 }} />
                {r.rating.comment && <div className="yqs-mv-comment">{r.rating.comment}</div>}
              </div>
            ) : r.canRate ? (
              <Button size="small" type="primary" ghost onClick={() => setRating(r)} data-testid={`mv-rate-${r.id}`} className="yqs-mv-rating">
                {t('mv.rate')}
              </Button>
            ) : null}
          </List.Item>
        )}
      />
      {rating && (
        <RateModal
          visit={rating}
          onClose={() => setRating(null)}
          onRated={(score, comment, ratedAt) => {
            onChanged({
              ...history,
              inspections: history.inspections.map((i) => (i.id === rating.id ? { ...i, canRate: false, rating: { score, comment, ratedAt } } : i)),
            });
            setRating(null);
          }}
        />
      )}
    </Card>
  );
}

function RateModal({ visit, onClose, onRated }: { visit: HistoryInspection; onClose: () => void; onRated: (score: number, comment: string | null, ratedAt: string) => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    modal.confirm({
      title: t('mv.rateTitle'),
      content: t('mv.rateConfirm'),
      okText: t('mv.rateSubmit'),
      okButtonProps: { id: 'mv-rate-confirm' },
      onOk: async () => {
        setBusy(true);
        try {
          const comment = values.comment?.trim();
          const saved = await rateVisit(visit.id, { score: values.score, ...(comment ? { comment } : {}) });
          message.success(t('mv.rated'));
          onRated(saved.score, saved.comment, saved.ratedAt);
        } catch (error) {
          message.error(errorText(error, t('error.500.sub')));
        } finally {
          setBusy(false);
        }
      },
    });
  };
  return (
    <FormModal title={t('mv.rateTitle')} onClose={onClose} onOk={submit} busy={busy} okText={t('mv.rateSubmit')}>
      <Typography.Paragraph type="secondary">{t('mv.rateIntro', { date: visit.plannedDate, department: visit.department.name })}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="score" label={t('mv.score')} rules={[{ required: true, message: t('mv.scoreRequired') }]}>
          <Rate data-testid="mv-rate-score" />
        </Form.Item>
        <Form.Item name="comment" label={t('mv.comment')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="mv-rate-comment" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** A modal that is mounted only while it is open. */
export function FormModal({ title, onClose, onOk, busy, okText, children }: { title: string; onClose: () => void; onOk: () => void; busy: boolean; okText: string; children: ReactNode }) {
  return (
    <Modal open title={title} onCancel={onClose} onOk={onOk} okText={okText} confirmLoading={busy} destroyOnHidden okButtonProps={{ id: 'mv-modal-ok' }}>
      {children}
    </Modal>
  );
}
