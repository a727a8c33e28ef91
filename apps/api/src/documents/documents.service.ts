import { inlineRuns, plainText } from '@gbdw/gb-document';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { Adjustment } from '../database/entities/adjustment.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { DocumentVersion } from '../database/entities/document-version.entity.js';
import { FootnoteRow } from '../database/entities/footnote.entity.js';
import { LinkageRow } from '../database/entities/linkage.entity.js';
import { ObjectiveRow } from '../database/entities/objective.entity.js';
import { ParagraphRow } from '../database/entities/paragraph.entity.js';
import { PlanPoint } from '../database/entities/plan-point.entity.js';
import { Session } from '../database/entities/session.entity.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { DOCUMENT_ERRORS } from './document.errors.js';
import type { DocumentDetailView, DocumentSummaryView, LinkagesView, OutcomeView } from './dto/document.view.js';
import { outcomeAmendments } from './outcome-amendments.js';
import { outcomeSpeakers } from './outcome-speakers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads documents by id or by symbol. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly decisions: DecisionsService,
  ) {}

  async find(idOrSymbol: string): Promise<GbDocumentRow> {
    const where = UUID.test(idOrSymbol) ? { id: idOrSymbol } : { symbol: idOrSymbol };
    const doc = await this.db.getRepository(GbDocumentRow).findOneBy(where);
    if (!doc) throw DOCUMENT_ERRORS.NOT_FOUND.error(`No document ${idOrSymbol}`);
    return doc;
  }

  async list(): Promise<DocumentSummaryView[]> {
    const docs = await this.db.getRepository(GbDocumentRow).find({ order: { importedAt: 'ASC' } });
    const sessions = new Map((await this.db.getRepository(Session).find()).map((s) => [s.id, s]));
    return docs.map((d) => summary(d, sessions.get(d.sessionId)!));
  }

  async detail(idOrSymbol: string): Promise<DocumentDetailView> {
    const d = await this.find(idOrSymbol);
    const [session, paragraphs, footnotes, objectives, decisions, planPoints, versions] = await Promise.all([
      this.db.getRepository(Session).findOneByOrFail({ id: d.sessionId }),
      this.db.getRepository(ParagraphRow).find({ where: { documentId: d.id }, order: { number: 'ASC' } }),
      this.db.getRepository(FootnoteRow).find({ where: { documentId: d.id }, order: { number: 'ASC' } }),
      this.db.getRepository(ObjectiveRow).find({ where: { documentId: d.id }, order: { number: 'ASC' } }),
      this.db.getRepository(Decision).find({ where: { documentId: d.id } }),
      this.db.getRepository(PlanPoint).find({ where: { documentId: d.id } }),
      this.db.getRepository(DocumentVersion).find({ where: { documentId: d.id }, select: { lang: true }, order: { lang: 'ASC' } }),
    ]);
    const notes = new Map(footnotes.map((f) => [f.number, f]));
    return {
      ...summary(d, session),
      versions: versions.map((v) => v.lang),
      purpose: d.purpose,
      cover: d.cover,
      headings: d.headings,
      paragraphs: paragraphs.map((p) => ({
        number: p.number,
        section: p.section,
        text: p.text,
        plain: plainText(p.text),
        runs: inlineRuns(p.text),
        footnotes: p.footnotes.map((n) => ({ number: n, text: notes.get(n)?.text ?? null })),
        planPoints: p.planPoints,
        objectives: p.objectives,
      })),
      footnotes: footnotes.map((f) => ({ number: f.number, text: f.text, paragraph: f.paragraphNumber })),
      objectivesTitle: d.objectivesTitle,
      objectives: objectives.map((o) => ({ number: o.number, text: o.text })),
      decisions: decisions.map((x) => ({ id: x.id, paragraph: x.paragraphNumber, state: x.workflow.state, version: x.workflow.version })),
      planPoints: planPoints.map((p) => p.code),
    };
  }

  /** The record of the item: the decision's final text and outcome, each point's review, the adjustments adopted. */
  async outcome(idOrSymbol: string): Promise<OutcomeView> {
    const d = await this.find(idOrSymbol);
    const decisions = await this.db.getRepository(Decision).find({ where: { documentId: d.id } });
    const points = await this.db.getRepository(PlanPoint).find({ where: { plan: d.baseSymbol } });
    const adjustments = await this.db
      .getRepository(Adjustment)
      .find({ where: { planPointId: In(points.map((p) => p.id)), workflow: { state: 'adopted' } }, order: { createdAt: 'ASC' } });
    const code = new Map(points.map((p) => [p.id, p.code]));
    const amendments = await outcomeAmendments(
      this.db.manager,
      decisions.map((x) => x.id),
    );
    const speakers = await outcomeSpeakers(
      this.db.manager,
      decisions.map((x) => x.id),
    );
    const issued = new Set<string>();
    for (const x of decisions) if (await this.decisions.issued(x)) issued.add(x.id);
    return {
      document: d.symbol,
      decisions: decisions.map((x) => ({
        id: x.id,
        paragraph: x.paragraphNumber,
        state: x.workflow.state,
        outcome: x.outcome,
        method: x.method,
        // Adopted in the original language, translations to follow: issued once every version is verified.
        finalText: issued.has(x.id) ? x.finalText : null,
        referenceLine: issued.has(x.id) ? x.referenceLine : null,
        decidedAt: x.decidedAt?.toISOString() ?? null,
        amendments: amendments.get(x.id) ?? [],
        speakers: speakers.get(x.id) ?? [],
      })),
      planPoints: points
        .map((p) => ({ code: p.code, state: p.workflow.state, version: p.workflow.version }))
        .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
      adoptedAdjustments: adjustments.map((a) => ({
        id: a.id,
        planPoint: code.get(a.planPointId)!,
        kind: a.kind,
        text: a.text,
        proposedBy: a.proposerGroup ?? 'Office',
      })),
    };
  }

  async linkages(idOrSymbol: string): Promise<LinkagesView> {
    const d = await this.find(idOrSymbol);
    const rows = await this.db.getRepository(LinkageRow).find({ where: { documentId: d.id }, order: { objective: 'ASC' } });
    return {
      document: d.symbol,
      title: d.linkagesTitle,
      linkages: rows.map((l) => ({ objective: l.objective, title: l.title, status: l.status, note: l.note, inconsistencies: l.inconsistencies })),
    };
  }
}

function summary(d: GbDocumentRow, s: Session) {
  return {
    id: d.id,
    symbol: d.symbol,
    baseSymbol: d.baseSymbol,
    revision: d.revision,
    title: d.title,
    session: { number: s.number, place: s.place, dates: s.dates },
    section: d.section,
    sectionCode: d.sectionCode,
    segment: d.segment,
    date: d.dateText,
    originalLanguage: d.originalLanguage,
    language: d.language,
    agendaItem: d.agendaItem,
    supersededBy: d.supersededBy,
    importedAt: d.importedAt.toISOString(),
  };
}
