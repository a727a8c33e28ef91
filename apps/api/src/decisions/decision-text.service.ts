import { applyOperation, clauseLabel, describeOperation } from '@gbdw/drafting';
import {
  type AmendmentSummary,
  type DecisionMeta,
  type DecisionText,
  renderAkn,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTxt,
  trackChanges,
} from '@gbdw/publishing';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { contentEtag } from '../common/cached-json.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AppliedChange } from '../database/entities/applied-change.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { ReadCache } from '../events/read-cache.service.js';
import { DECISION_ERRORS } from './decision.errors.js';
import type { ChangeView } from './dto/decision.view.js';

export const VARIANTS = ['draft', 'current', 'final'] as const;
export const FORMATS = ['txt', 'md', 'html', 'akn', 'docx'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Format = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  akn: 'application/akn+xml; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const ADOPTED = ['adopted', 'adopted_as_amended'];

export interface RenderedText {
  /** UTF-8 bytes (or the docx): encoded once when rendered, not on every answer. */
  body: Buffer;
  contentType: string;
  /** The Content-Disposition header: docx downloads, the rest shows inline. */
  disposition: string;
  etag: string;
}

/** The decision's text in every variant and format, and the trace of every applied change. */
@Injectable()
export class DecisionTextService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: ReadCache,
  ) {}

  /** The rendered text, from memory when nothing changed since it was rendered (ReadCache). */
  text(id: string, variant: Variant, format: Format): Promise<RenderedText> {
    return this.cache.get(
      `text|${id.toLowerCase()}|${variant}|${format}`,
      () => this.render(id, variant, format),
      (r) => r.body.length,
    );
  }

  private decision(id: string): Promise<Decision> {
    return findOrFail(this.db.manager, Decision, id, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
  }

  async render(id: string, variant: Variant, format: Format): Promise<RenderedText> {
    const d = await this.decision(id);
    if (variant === 'final' && !ADOPTED.includes(d.workflow.state)) {
      throw DECISION_ERRORS.NOT_ADOPTED.error(`There is no final text: the decision is ${d.workflow.state}`, { state: d.workflow.state });
    }
    const doc = await this.db.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId });
    const all = await this.db.getRepository(Clause).find({ where: { decisionId: d.id }, order: { position: 'ASC' } });
    const text: DecisionText =
      variant === 'draft'
        ? { chapeau: d.chapeau, clauses: all.filter((c) => c.draftText !== null).map((c) => c.draftText!) }
        : { chapeau: d.chapeau, clauses: all.filter((c) => c.live).map((c) => c.text), referenceLine: variant === 'final' ? d.referenceLine : null };
    const meta: DecisionMeta = {
      symbol: doc.symbol,
      paragraph: d.paragraphNumber,
      variant,
      date: (variant === 'final' && d.decidedAt ? d.decidedAt : doc.importedAt).toISOString().slice(0, 10),
    };
    const fileName = `${doc.symbol.replace(/[/]/g, '-')}-para${d.paragraphNumber}-${variant}.${format === 'akn' ? 'xml' : format}`;
    // The ETag is the content's own hash: whatever a rendering includes (the amendment list of the AKN too), a change changes it.
    const out = (rendered: string | Buffer): RenderedText => {
      const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
      return {
        body,
        contentType: CONTENT_TYPES[format],
        disposition: `${format === 'docx' ? 'attachment' : 'inline'}; filename="${fileName}"`,
        etag: contentEtag(body),
      };
    };
    switch (format) {
      case 'txt':
        // The final text was frozen at adoption and is never recomputed.
        return out(variant === 'final' ? d.finalText! : renderTxt(text));
      case 'md':
        return out(renderMarkdown(text));
      case 'html':
        return out(renderHtml(text, meta));
      case 'akn':
        return out(renderAkn(text, meta, variant === 'draft' ? [] : await this.summaries(d.id, all)));
      default: {
        const changes = variant === 'draft' ? [] : await this.changeRecords(d.id);
        const tracked = trackChanges(
          all.filter((c) => variant !== 'draft' || c.draftText !== null).map((c) => ({ id: c.id, draftText: c.draftText })),
          changes,
        );
        return out(await renderDocx(d.chapeau, tracked, meta, text.referenceLine ?? null));
      }
    }
  }

  private async summaries(decisionId: string, clauses: Clause[]): Promise<AmendmentSummary[]> {
    const amendments = await this.db.getRepository(Amendment).find({ where: { decisionId }, order: { createdAt: 'ASC' } });
    const live = clauses.filter((c) => c.live);
    return amendments.map((a) => {
      const i = live.findIndex((c) => c.id === a.clauseId);
      return {
        number: a.number,
        group: a.proposerGroup,
        state: a.workflow.state,
        clause: i >= 0 ? `(${clauseLabel(i)})` : null,
        wording: describeOperation(a.op),
        rationale: a.rationale,
      };
    });
  }

  private async changeRecords(decisionId: string) {
    const changes = await this.db.getRepository(AppliedChange).find({ where: { decisionId }, order: { seq: 'ASC', id: 'ASC' } });
    const amendments = new Map((await this.db.getRepository(Amendment).find({ where: { id: In(changes.map((c) => c.amendmentId)) } })).map((a) => [a.id, a]));
    return changes.map((c) => {
      const a = amendments.get(c.amendmentId)!;
      return {
        clauseId: c.clauseId,
        op: c.op,
        before: c.before,
        amendment: a.number,
        author: a.proposerGroup,
        date: (a.decidedAt ?? c.appliedAt).toISOString(),
      };
    });
  }

  /** Every applied change in adoption order, with the amendment and group that made it. */
  async changes(id: string): Promise<ChangeView[]> {
    const d = await this.decision(id);
    const changes = await this.db.getRepository(AppliedChange).find({ where: { decisionId: d.id }, order: { seq: 'ASC', id: 'ASC' } });
    const amendments = new Map((await this.db.getRepository(Amendment).find({ where: { id: In(changes.map((c) => c.amendmentId)) } })).map((a) => [a.id, a]));
    const live = await this.db.getRepository(Clause).find({ where: { decisionId: d.id, live: true }, order: { position: 'ASC' } });
    return changes.map((c) => {
      const a = amendments.get(c.amendmentId)!;
      const textual = c.op.kind !== 'add_clause' && c.op.kind !== 'delete_clause';
      const applied = textual ? applyOperation(c.before, c.op) : null;
      const i = live.findIndex((x) => x.id === c.clauseId);
      return {
        seq: c.seq,
        amendment: { id: a.id, number: a.number },
        group: a.proposerGroup,
        onBehalf: a.onBehalf,
        operation: c.op.kind,
        op: c.op as unknown as Record<string, unknown>,
        description: describeOperation(c.op),
        clauseId: c.clauseId,
        clause: i >= 0 ? `(${clauseLabel(i)})` : null,
        before: c.before,
        after: c.after,
        deleted: applied ? applied.removed : c.before,
        inserted: applied ? applied.added : c.after,
        position: applied ? applied.span.start : 0,
        adoptedAt: (a.decidedAt ?? c.appliedAt).toISOString(),
      };
    });
  }
}
