import { type GbDocument, parseGbDocument } from '@gbdw/gb-document';
import { DECISION_CLOSED, decisionWorkflow, planPointWorkflow, start } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { Session } from '../database/entities/session.entity.js';
import { workflowColumns } from '../database/entities/workflow-columns.js';
import { insertRows } from '../database/insert-rows.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { DOCUMENT_ERRORS } from './document.errors.js';

/** Parses a GB document and stores it whole, or nothing, in one transaction. */
@Injectable()
export class DocumentImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly runner: WorkflowRunner,
  ) {}

  async import(actor: Actor | null, text: string): Promise<GbDocumentRow> {
    const parsed = parseGbDocument(text);
    return this.db.transaction((m) => this.store(m, actor, parsed, text));
  }

  private async store(m: EntityManager, actor: Actor | null, doc: GbDocument, text: string): Promise<GbDocumentRow> {
    // Serialize imports of one symbol family, so two revisions never supersede the same row.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [doc.baseSymbol]);
    const docs = m.getRepository(GbDocumentRow);
    if (await docs.existsBy({ symbol: doc.symbol })) {
      throw DOCUMENT_ERRORS.ALREADY_IMPORTED.error(`${doc.symbol} is already imported`, { symbol: doc.symbol });
    }
    const earlier = await docs.findOne({ where: { baseSymbol: doc.baseSymbol, supersededBy: IsNull() }, order: { revision: 'DESC' } });
    if (earlier && earlier.revision >= doc.revision) {
      throw DOCUMENT_ERRORS.OLDER_REVISION.error(`${earlier.symbol} is newer than ${doc.symbol}`, { current: earlier.symbol });
    }
    const session = await this.session(m, doc);
    const row = await docs.save(
      docs.create({
        symbol: doc.symbol,
        baseSymbol: doc.baseSymbol,
        revision: doc.revision,
        sessionId: session.id,
        title: doc.title,
        section: doc.section,
        sectionCode: doc.sectionCode,
        segment: doc.segment,
        dateText: doc.date,
        originalLanguage: doc.originalLanguage,
        agendaItem: doc.agendaItem,
        purpose: doc.purpose,
        cover: doc.cover,
        headings: doc.headings,
        objectivesTitle: doc.objectivesTitle,
        linkagesTitle: doc.linkagesTitle,
        supersededBy: null,
        sourceText: text,
      }),
    );
    const documentId = row.id;
    // Up to DOCUMENT_LIMITS of each: one statement per table whatever their number.
    const ofDocument = { document_id: ['uuid', documentId] } as const;
    await insertRows(
      m,
      'paragraphs',
      {
        number: ['int', (p) => p.number],
        section: ['text', (p) => p.section],
        text: ['text', (p) => p.text],
        footnotes: ['jsonb', (p) => p.footnotes],
        plan_points: ['jsonb', (p) => p.planPoints],
        objectives: ['jsonb', (p) => p.objectives],
      },
      doc.paragraphs,
      ofDocument,
    );
    await insertRows(
      m,
      'footnotes',
      { number: ['int', (f) => f.number], text: ['text', (f) => f.text], paragraph_number: ['int', (f) => f.paragraph] },
      doc.footnotes,
      ofDocument,
    );
    await insertRows(m, 'objectives', { number: ['int', (o) => o.number], text: ['text', (o) => o.text] }, doc.objectives, ofDocument);
    await insertRows(
      m,
      'linkages',
      {
        objective: ['int', (l) => l.objective],
        title: ['text', (l) => l.title],
        status: ['text', (l) => l.status],
        note: ['text', (l) => l.note],
        inconsistencies: ['jsonb', (l) => l.inconsistencies],
      },
      doc.linkages,
      ofDocument,
    );
    let decisionId: string | null = null;
    if (doc.decision) {
      const decision = await m.getRepository(Decision).save(
        m.getRepository(Decision).create({
          documentId,
          paragraphNumber: doc.decision.paragraph,
          chapeau: doc.decision.chapeau,
          workflow: workflowColumns(start(decisionWorkflow, { documentSymbol: doc.symbol, paragraph: doc.decision.paragraph })),
          finalText: null,
          outcome: null,
          method: null,
          referenceLine: null,
          decidedAt: null,
        }),
      );
      decisionId = decision.id;
      await m
        .getRepository(Clause)
        .insert(doc.decision.clauses.map((text, position) => ({ decisionId: decision.id, position, text, draftText: text, live: true })));
      await this.audit.append(m, actor, { entityType: 'decision', entityId: decision.id, event: 'DECISION_IMPORTED', toState: 'drafting', version: 1 });
    }
    await this.planPoints(m, actor, doc, documentId);
    if (earlier) {
      await docs.update({ id: earlier.id }, { supersededBy: documentId });
      // The earlier draft decision is final from now on; its pending amendments move to the new one.
      for (const old of await m.getRepository(Decision).find({ where: { documentId: earlier.id } })) {
        if (DECISION_CLOSED.includes(old.workflow.state)) continue;
        await this.runner.transition(m, {
          entity: 'decision',
          id: old.id,
          actor: null,
          type: 'SUPERSEDE',
          params: { supersededBy: decisionId },
          audit: { by: doc.symbol },
        });
      }
      await this.audit.append(m, actor, { entityType: 'document', entityId: earlier.id, event: 'DOCUMENT_SUPERSEDED', data: { by: doc.symbol } });
    }
    await this.audit.append(m, actor, { entityType: 'document', entityId: documentId, event: 'DOCUMENT_IMPORTED', data: { symbol: doc.symbol } });
    return row;
  }

  private async session(m: EntityManager, doc: GbDocument): Promise<Session> {
    await m.query(`INSERT INTO sessions (number, place, dates) VALUES ($1, $2, $3) ON CONFLICT (number) DO NOTHING`, [
      doc.session.number,
      doc.session.place,
      doc.session.dates,
    ]);
    return m.getRepository(Session).findOneByOrFail({ number: doc.session.number });
  }

  /** A revision keeps each point's review and moves its citations to the new text. */
  private async planPoints(m: EntityManager, actor: Actor | null, doc: GbDocument, documentId: string): Promise<void> {
    const repo = m.getRepository(PlanPoint);
    // A fixed number of statements whatever the number of points (up to DOCUMENT_LIMITS.planPoints).
    const existing = new Map((await repo.find({ where: { plan: doc.baseSymbol, code: In(doc.planPoints.map((p) => p.code)) } })).map((p) => [p.code, p]));
    const kept = doc.planPoints.filter((p) => existing.has(p.code));
    if (kept.length) {
      await m.query(
        `UPDATE plan_points p SET document_id = $1, citing_paragraphs = u.citing FROM unnest($2::uuid[], $3::jsonb[]) AS u(id, citing) WHERE p.id = u.id`,
        [documentId, kept.map((p) => existing.get(p.code)!.id), kept.map((p) => JSON.stringify(p.paragraphs))],
      );
    }
    const created = doc.planPoints.filter((p) => !existing.has(p.code));
    if (!created.length) return;
    const columns = created.map((p) => workflowColumns(start(planPointWorkflow, { plan: doc.baseSymbol, code: p.code })));
    // One INSERT of arrays (TypeORM's save of 2,000 rows took most of a second).
    const saved: { id: string }[] = await m.query(
      `INSERT INTO plan_points (plan, code, document_id, citing_paragraphs, state, snapshot, machine_version)
       SELECT $1, p.code, $2, p.citing, p.state, p.snapshot, p.machine_version
         FROM unnest($3::text[], $4::jsonb[], $5::text[], $6::jsonb[], $7::int[]) WITH ORDINALITY AS p(code, citing, state, snapshot, machine_version, n)
        ORDER BY p.n
       RETURNING id`,
      [
        doc.baseSymbol,
        documentId,
        created.map((p) => p.code),
        created.map((p) => JSON.stringify(p.paragraphs)),
        columns.map((c) => c.state),
        columns.map((c) => JSON.stringify(c.snapshot)),
        columns.map((c) => c.machineVersion),
      ],
    );
    await this.audit.appendMany(
      m,
      actor,
      saved.map((p) => ({ entityType: 'plan_point', entityId: p.id, event: 'PLAN_POINT_CREATED', toState: 'active', version: 1 })),
    );
  }
}
