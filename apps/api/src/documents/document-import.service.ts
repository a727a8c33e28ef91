import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { DomainError } from '../../../../libs/common/src/index.js';
import { type GbDocument, parseGbDocument } from '../../../../libs/gb-document/src/index.js';
import { DECISION_CLOSED, decisionWorkflow, planPointWorkflow, start } from '../../../../libs/workflow/src/index.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { Clause, Decision } from '../decisions/decision.entity.js';
import { PlanPoint } from '../plan/plan-point.entity.js';
import { workflowColumns } from '../workflow/workflow-columns.js';
import { WorkflowRunner } from '../workflow/workflow-runner.service.js';
import { FootnoteRow, LinkageRow, ObjectiveRow, ParagraphRow } from './document-parts.entity.js';
import { GbDocumentRow } from './document.entity.js';
import { Session } from './session.entity.js';

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
      throw new DomainError('conflict', 'DOCUMENT.ALREADY_IMPORTED', `${doc.symbol} is already imported`, { symbol: doc.symbol });
    }
    const earlier = await docs.findOne({ where: { baseSymbol: doc.baseSymbol, supersededBy: IsNull() }, order: { revision: 'DESC' } });
    if (earlier && earlier.revision >= doc.revision) {
      throw new DomainError('conflict', 'DOCUMENT.OLDER_REVISION', `${earlier.symbol} is newer than ${doc.symbol}`, { current: earlier.symbol });
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
    await m.getRepository(ParagraphRow).insert(doc.paragraphs.map((p) => ({ documentId, number: p.number, section: p.section, text: p.text, footnotes: p.footnotes, planPoints: p.planPoints, objectives: p.objectives })));
    if (doc.footnotes.length) await m.getRepository(FootnoteRow).insert(doc.footnotes.map((f) => ({ documentId, number: f.number, text: f.text, paragraphNumber: f.paragraph })));
    if (doc.objectives.length) await m.getRepository(ObjectiveRow).insert(doc.objectives.map((o) => ({ documentId, number: o.number, text: o.text })));
    if (doc.linkages.length) {
      await m.getRepository(LinkageRow).insert(doc.linkages.map((l) => ({ documentId, objective: l.objective, title: l.title, status: l.status, note: l.note, inconsistencies: l.inconsistencies })));
    }
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
      await m.getRepository(Clause).insert(doc.decision.clauses.map((text, position) => ({ decisionId: decision.id, position, text, draftText: text, live: true })));
      await this.audit.append(m, actor, { entityType: 'decision', entityId: decision.id, event: 'DECISION_IMPORTED', toState: 'drafting', version: 1 });
    }
    await this.planPoints(m, actor, doc, documentId);
    if (earlier) {
      await docs.update({ id: earlier.id }, { supersededBy: documentId });
      // The earlier draft decision is final from now on; its pending amendments move to the new one.
      for (const old of await m.getRepository(Decision).find({ where: { documentId: earlier.id } })) {
        if (DECISION_CLOSED.includes(old.workflow.state)) continue;
        await this.runner.transition(m, { entity: 'decision', id: old.id, actor: null, type: 'SUPERSEDE', params: { supersededBy: decisionId }, audit: { by: doc.symbol } });
      }
      await this.audit.append(m, actor, { entityType: 'document', entityId: earlier.id, event: 'DOCUMENT_SUPERSEDED', data: { by: doc.symbol } });
    }
    await this.audit.append(m, actor, { entityType: 'document', entityId: documentId, event: 'DOCUMENT_IMPORTED', data: { symbol: doc.symbol } });
    return row;
  }

  private async session(m: EntityManager, doc: GbDocument): Promise<Session> {
    await m.query(
      `INSERT INTO sessions (number, place, dates) VALUES ($1, $2, $3) ON CONFLICT (number) DO NOTHING`,
      [doc.session.number, doc.session.place, doc.session.dates],
    );
    return m.getRepository(Session).findOneByOrFail({ number: doc.session.number });
  }

  /** A revision keeps each point's review and moves its citations to the new text. */
  private async planPoints(m: EntityManager, actor: Actor | null, doc: GbDocument, documentId: string): Promise<void> {
    const repo = m.getRepository(PlanPoint);
    for (const p of doc.planPoints) {
      const existing = await repo.findOneBy({ plan: doc.baseSymbol, code: p.code });
      if (existing) {
        await repo.update({ id: existing.id }, { documentId, citingParagraphs: p.paragraphs });
        continue;
      }
      const saved = await repo.save(
        repo.create({
          plan: doc.baseSymbol,
          code: p.code,
          documentId,
          citingParagraphs: p.paragraphs,
          workflow: workflowColumns(start(planPointWorkflow, { plan: doc.baseSymbol, code: p.code })),
        }),
      );
      await this.audit.append(m, actor, { entityType: 'plan_point', entityId: saved.id, event: 'PLAN_POINT_CREATED', toState: 'active', version: 1 });
    }
  }
}
