import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { UpdateOrganisationInput } from '@sanad/shared/schemas/organisation';
import { canonicalLine } from '@sanad/shared/text/normalize';
import { preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { OrganisationRepository, OrganisationRow } from './organisation.repository.ts';

/** The settings as the audit log keeps them: the logo as its type and size, not its bytes. */
function auditView(row: OrganisationRow) {
  let logo: string | null = null;
  if (row.logo !== null) {
    const base64 = row.logo.slice(row.logo.indexOf(',') + 1);
    const bytes = (base64.length * 3) / 4 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
    logo = `${/^data:([^;]+);/.exec(row.logo)?.[1] ?? 'image'}, ${bytes} bytes`;
  }
  return { name: row.name, url: row.url, logo, publishBaseUrl: row.publishBaseUrl, reportLanguage: row.reportLanguage, defaultLanguage: row.defaultLanguage, digits: row.digits, minIndependentSources: row.minIndependentSources, doubleRatingDefault: row.doubleRatingDefault };
}

/** The organisation's settings: anyone signed in reads them (reports need them), admins change them. */
export class OrganisationService {
  constructor(
    private readonly db: Db,
    private readonly organisation: OrganisationRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** The settings. */
  async get(_actor: Actor): Promise<OrganisationRow> {
    return this.organisation.find();
  }

  /** Changes the settings based on `expectedVersion` (admins); 412 when someone saved since. */
  async update(actor: Actor, expectedVersion: number, input: UpdateOrganisationInput): Promise<OrganisationRow> {
    assertCan(actor, 'settings.manage');
    return inTransaction(this.db, async (tx) => await this.updateIn(tx, actor, expectedVersion, input));
  }

  /** Changes the settings inside an open transaction (also the demo seed, with no actor). */
  async updateIn(tx: Tx, actor: Actor | null, expectedVersion: number, input: UpdateOrganisationInput): Promise<OrganisationRow> {
    const at = this.clock.now().toISOString();
    const before = await this.organisation.get(tx);
    if (before.version !== expectedVersion) throw preconditionFailed('organisation settings', expectedVersion, before.version);
    const updated = await this.organisation.update(tx, {
      ...(input.name !== undefined ? { name: canonicalLine(input.name) } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.logo !== undefined ? { logo: input.logo } : {}),
      ...(input.publishBaseUrl !== undefined ? { publishBaseUrl: input.publishBaseUrl } : {}),
      ...(input.reportLanguage !== undefined ? { reportLanguage: input.reportLanguage } : {}),
      ...(input.defaultLanguage !== undefined ? { defaultLanguage: input.defaultLanguage } : {}),
      ...(input.digits !== undefined ? { digits: input.digits } : {}),
      ...(input.minIndependentSources !== undefined ? { minIndependentSources: input.minIndependentSources } : {}),
      ...(input.doubleRatingDefault !== undefined ? { doubleRatingDefault: input.doubleRatingDefault } : {}),
      updatedAt: at,
    });
    await this.audit.append(tx, actor, at, {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: updated.id,
      articleId: null,
      claimId: null,
      before: auditView(before),
      after: auditView(updated),
    });
    return updated;
  }
}
