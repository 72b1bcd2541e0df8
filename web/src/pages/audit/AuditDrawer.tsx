import { Col, Descriptions, Drawer, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry, JsonObject } from '../../api/types';
import { useT } from '../../i18n';
import { ActorName } from './ActorName';
import { changedFields, summarize } from './auditSummary';

function JsonBlock({ value, highlight, testId }: { value: JsonObject | null; highlight: Set<string>; testId: string }) {
  const t = useT();
  if (!value) return <div className="yqs-json yqs-json-empty" data-testid={testId}>{t('common.none')}</div>;
  const keys = Object.keys(value);
  return (
    <pre className="yqs-json" data-testid={testId}>
      {'{\n'}
      {keys.map((key, i) => (
        <span key={key} className={highlight.has(key) ? 'yqs-json-changed' : undefined}>
          {`  ${JSON.stringify(key)}: ${JSON.stringify(value[key], null, 2).replace(/\n/g, '\n  ')}${i < keys.length - 1 ? ',' : ''}\n`}
        </span>
      ))}
      {'}'}
    </pre>
  );
}

export function AuditDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const t = useT();
  // highlight changed fields only on an update; on a create or delete every field is new or gone
  const changed = new Set(entry?.before && entry.after ? changedFields(entry.before, entry.after) : []);
  return (
    <Drawer open={entry !== null} onClose={onClose} size={760} title={t('audit.detail')} destroyOnHidden>
      {entry && (
        <div data-testid="audit-drawer">
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 120 } }}
            items={[
              { key: 'id', label: 'ID', children: <span className="yqs-mono">{String(entry.id)}</span> },
              { key: 'at', label: t('audit.time'), children: dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss') },
              {
                key: 'actor',
                label: t('audit.actor'),
                children: entry.actor ? <ActorName actor={entry.actor} /> : t('common.system'),
              },
              { key: 'action', label: t('audit.action'), children: <Tag>{entry.action}</Tag> },
              { key: 'entity', label: t('audit.entity'), children: entry.entity },
              { key: 'entityId', label: t('audit.entityId'), children: <span className="yqs-mono">{entry.entityId ?? t('common.none')}</span> },
              { key: 'summary', label: t('audit.summary'), children: summarize(entry, t) },
            ]}
          />
          <Row gutter={16} className="yqs-json-row">
            <Col span={12}>
              <Typography.Title level={5}>{t('audit.before')}</Typography.Title>
              <JsonBlock value={entry.before} highlight={changed} testId="audit-before" />
            </Col>
            <Col span={12}>
              <Typography.Title level={5}>{t('audit.after')}</Typography.Title>
              <JsonBlock value={entry.after} highlight={changed} testId="audit-after" />
            </Col>
          </Row>
        </div>
      )}
    </Drawer>
  );
}
