import type { Role } from '@sanad/shared/permissions';
import type { AuditEntry, AuditList } from '@sanad/shared/schemas/workflow';
import type { AuditRow } from './audit.repository.ts';

/** The API shape of an audit entry. */
export function presentAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actorId !== null ? { id: row.actorId, name: row.actorName ?? '', role: (row.actorRole ?? 'reviewer') as Role } : null,
    action: row.action,
    entityType: row.entityType as AuditEntry['entityType'],
    entityId: row.entityId,
    before: row.before ? (JSON.parse(row.before) as unknown) : null,
    after: row.after ? (JSON.parse(row.after) as unknown) : null,
  };
}

/** The API shape of a claim's history. */
export function presentAuditList(rows: AuditRow[]): AuditList {
  return { entries: rows.map(presentAuditEntry) };
}
