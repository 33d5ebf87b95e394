import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { dialectOf, rawRows, rawRun, tablesOf } from '@sanad/db/backend';
import type { Tx } from '@sanad/db/transaction';
import { searchForm } from '@sanad/shared/text/search-form';

type DocKind = 'article' | 'claim' | 'source';

/** A matched field with what is needed to show it. */
export interface SearchHit {
  kind: DocKind;
  refId: number;
  field: string;
  articleId: number;
  claimId: number | null;
  rank: number;
}

/** The original text of a hit's field and its article. */
export interface HitText {
  text: string;
  articleTitle: string;
  language: string;
}

/**
 * The only code that touches `search_docs` and `search_fts` (FTS5 on SQLite, a tsvector on PostgreSQL).
 * Index writes run inside the caller's transaction, so the index is always in
 * step with the data.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** Sets the searchable text of one field (empty text removes it). */
  private async put(tx: Tx, kind: DocKind, refId: number, field: string, articleId: number, claimId: number | null, text: string | null): Promise<void> {
    const { searchDocs } = tablesOf(this.db);
    const body = text ? searchForm(text) : '';
    const [existing] = await tx
      .select({ id: searchDocs.id })
      .from(searchDocs)
      .where(and(eq(searchDocs.kind, kind), eq(searchDocs.refId, refId), eq(searchDocs.field, field)))
      .limit(1);
    if (body.trim() === '') {
      if (existing) await tx.delete(searchDocs).where(eq(searchDocs.id, existing.id));
      return;
    }
    let id = existing?.id;
    if (id === undefined) {
      const [inserted] = await tx.insert(searchDocs).values({ kind, refId, field, articleId, claimId }).returning({ id: searchDocs.id });
      id = inserted!.id;
    }
    await runFts(tx, sql`DELETE FROM search_fts WHERE rowid = ${id}`);
    const indexed = dialectOf(this.db) === 'postgres' ? wordsOnly(body) : body;
    await runFts(tx, sql`INSERT INTO search_fts (rowid, body) VALUES (${id}, ${indexed})`);
  }

  /** Indexes an article's title and text. */
  async indexArticle(tx: Tx, article: { id: number; title: string; text: string }): Promise<void> {
    await this.put(tx, 'article', article.id, 'title', article.id, null, article.title);
    await this.put(tx, 'article', article.id, 'text', article.id, null, article.text);
  }

  /** Indexes a claim's quote and its verdict's rationale. */
  async indexClaim(tx: Tx, claim: { id: number; articleId: number; quote: string }, rationale: string | null): Promise<void> {
    await this.put(tx, 'claim', claim.id, 'quote', claim.articleId, claim.id, claim.quote);
    await this.put(tx, 'claim', claim.id, 'rationale', claim.articleId, claim.id, rationale);
  }

  /** Indexes a source as attached to one claim: title, publisher and the link's excerpt. */
  async indexLink(tx: Tx, linkId: number): Promise<void> {
    const { claimSources, claims, sources } = tablesOf(this.db);
    const [row] = await tx
      .select({ link: claimSources, source: sources, articleId: claims.articleId })
      .from(claimSources)
      .innerJoin(sources, eq(sources.id, claimSources.sourceId))
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .where(eq(claimSources.id, linkId))
      .limit(1);
    if (!row) return;
    await this.put(tx, 'source', linkId, 'source_title', row.articleId, row.link.claimId, row.source.title);
    await this.put(tx, 'source', linkId, 'publisher', row.articleId, row.link.claimId, row.source.publisher);
    await this.put(tx, 'source', linkId, 'excerpt', row.articleId, row.link.claimId, row.link.excerpt);
  }

  /** Re-indexes every link of a source (after its title or publisher changed). */
  async indexSource(tx: Tx, sourceId: number): Promise<void> {
    const { claimSources } = tablesOf(this.db);
    const links = await tx.select({ id: claimSources.id }).from(claimSources).where(eq(claimSources.sourceId, sourceId));
    for (const link of links) await this.indexLink(tx, link.id);
  }

  /** Removes a detached link's fields. */
  async removeLink(tx: Tx, linkId: number): Promise<void> {
    const { searchDocs } = tablesOf(this.db);
    await tx.delete(searchDocs).where(and(eq(searchDocs.kind, 'source'), eq(searchDocs.refId, linkId)));
  }

  /**
   * The best-ranked fields matching a query, per kind, best (lowest rank)
   * first. `ftsQuery` is the FTS5 form the service builds: each word of the
   * search form quoted, all required.
   */
  async match(ftsQuery: string, kind: DocKind, limit: number): Promise<SearchHit[]> {
    if (dialectOf(this.db) === 'postgres') {
      // The same words, all required, against the `simple` tsvector of the same search form; ts_rank is
      // higher for better matches, so it is negated to sort like bm25(). Aliases are quoted: PostgreSQL folds case.
      const words = [...ftsQuery.matchAll(/"([^"]*)"/g)].map((match) => match[1]).join(' ');
      const rows = await rawRows<SearchHit>(
        this.db,
        sql`
        SELECT d.kind AS "kind", d.ref_id AS "refId", d.field AS "field", d.article_id AS "articleId", d.claim_id AS "claimId",
               -ts_rank(f.body_tsv, q, 1)::float8 AS "rank"
        FROM search_fts f JOIN search_docs d ON d.id = f.rowid, plainto_tsquery('simple', ${words}) q
        WHERE f.body_tsv @@ q AND d.kind = ${kind}
        ORDER BY "rank", d.id
        LIMIT ${limit}`,
      );
      return rows;
    }
    return rawRows<SearchHit>(
      this.db,
      sql`
      SELECT d.kind AS kind, d.ref_id AS refId, d.field AS field, d.article_id AS articleId, d.claim_id AS claimId,
             bm25(search_fts) AS rank
      FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
      WHERE search_fts MATCH ${ftsQuery} AND d.kind = ${kind}
      ORDER BY rank
      LIMIT ${limit}`,
    );
  }

  /** The original text of each hit's field, with its article's title and language. */
  async texts(hits: SearchHit[]): Promise<Map<SearchHit, HitText>> {
    const { articles, claimSources, claims, sources, verdicts } = tablesOf(this.db);
    const result = new Map<SearchHit, HitText>();
    if (hits.length === 0) return result;
    const articleIds = [...new Set(hits.map((hit) => hit.articleId))];
    const articleRows = await this.db
      .select({ id: articles.id, title: articles.title, language: articles.language })
      .from(articles)
      .where(inArray(articles.id, articleIds));
    const articleById = new Map(articleRows.map((row) => [row.id, row]));
    const needText = hits.filter((hit) => hit.kind === 'article' && hit.field === 'text').map((hit) => hit.refId);
    const textRows = needText.length
      ? await this.db.select({ id: articles.id, text: articles.text }).from(articles).where(inArray(articles.id, needText))
      : [];
    const textById = new Map(textRows.map((row) => [row.id, row.text]));
    const claimIds = hits.filter((hit) => hit.kind === 'claim').map((hit) => hit.refId);
    const claimRows = claimIds.length
      ? await this.db
          .select({ id: claims.id, quote: claims.quote, rationale: verdicts.rationale })
          .from(claims)
          .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
          .where(inArray(claims.id, claimIds))
      : [];
    const claimById = new Map(claimRows.map((row) => [row.id, row]));
    const linkIds = hits.filter((hit) => hit.kind === 'source').map((hit) => hit.refId);
    const linkRows = linkIds.length
      ? await this.db
          .select({ id: claimSources.id, excerpt: claimSources.excerpt, title: sources.title, publisher: sources.publisher })
          .from(claimSources)
          .innerJoin(sources, eq(sources.id, claimSources.sourceId))
          .where(inArray(claimSources.id, linkIds))
      : [];
    const linkById = new Map(linkRows.map((row) => [row.id, row]));
    for (const hit of hits) {
      const article = articleById.get(hit.articleId);
      if (!article) continue;
      let text: string | null | undefined;
      if (hit.kind === 'article') text = hit.field === 'title' ? article.title : textById.get(hit.refId);
      else if (hit.kind === 'claim') text = hit.field === 'quote' ? claimById.get(hit.refId)?.quote : claimById.get(hit.refId)?.rationale;
      else {
        const link = linkById.get(hit.refId);
        text = hit.field === 'source_title' ? link?.title : hit.field === 'publisher' ? link?.publisher : link?.excerpt;
      }
      if (text) result.set(hit, { text, articleTitle: article.title, language: article.language });
    }
    return result;
  }
}

/**
 * The words of a search form (runs of letters and digits, as FTS5's unicode61
 * tokenizer and the service's query words see them) separated by single
 * spaces. PostgreSQL's default text-search parser reads `1.5`, `example.org`,
 * `press@example.org`, `a/b/2014` and `v1.2.3` as single tokens where FTS5
 * finds the words `1` and `5`, `example` and `org`, and so on; given only
 * words and spaces it makes the same tokens as FTS5 (search.parity.test.ts).
 */
export function wordsOnly(form: string): string {
  return (form.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Runs a statement on `search_fts` inside the caller's transaction: the same
 * SQL on both backends (FTS5 on SQLite, a table with a generated tsvector on
 * PostgreSQL, both keyed by `rowid`).
 */
async function runFts(tx: Tx, statement: SQL): Promise<void> {
  await rawRun(tx, statement);
}
