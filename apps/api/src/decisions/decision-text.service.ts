import { applyOperation, clauseLabel, clauseMark, describeOperation, LANGUAGE_NAMES, type Language } from '@gbdw/drafting';
import {
  type AmendmentSummary,
  type ChangeRecord,
  creditLine,
  type DecisionMeta,
  type DecisionText,
  movedBy,
  moverName,
  renderAkn,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTxt,
  trackChanges,
  withHeading,
} from '@gbdw/publishing';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { contentEtag } from '../common/cached-json.js';
import { findOrFail } from '../common/find-or-fail.js';
import { Amendment } from '../database/entities/amendment.entity.js';
import { AmendmentVersion } from '../database/entities/amendment-version.entity.js';
import { AppliedChange } from '../database/entities/applied-change.entity.js';
import { Clause } from '../database/entities/clause.entity.js';
import { Decision } from '../database/entities/decision.entity.js';
import { DecisionVersion } from '../database/entities/decision-version.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { Session } from '../database/entities/session.entity.js';
import { type ClauseIn, clausesIn, languagesOf, opOfVersion } from '../database/language-texts.js';
import { ReadCache } from '../events/read-cache.service.js';
import { DECISION_ERRORS } from './decision.errors.js';
import { creditsOf } from './decision-credits.js';
import { finalTextIssued } from './decision-facts.js';
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
  text(id: string, variant: Variant, format: Format, download = false, lang?: Language): Promise<RenderedText> {
    return this.cache.get(
      `text|${id.toLowerCase()}|${variant}|${format}|${download}|${lang ?? ''}`,
      () => this.render(id, variant, format, download, lang),
      (r) => r.body.length,
    );
  }

  private decision(id: string): Promise<Decision> {
    return findOrFail(this.db.manager, Decision, id, WORKFLOW_ERRORS.decision.NOT_FOUND, 'decision');
  }

  /** A download carries the document's heading and is an attachment; the DOCX and the AKN always carry it. */
  async render(id: string, variant: Variant, format: Format, download = false, language?: Language): Promise<RenderedText> {
    const d = await this.decision(id);
    const lang = language ?? d.language;
    if (variant === 'final' && !ADOPTED.includes(d.workflow.state)) {
      throw DECISION_ERRORS.NOT_ADOPTED.error(`There is no final text: the decision is ${d.workflow.state}`, { state: d.workflow.state });
    }
    const version = lang === d.language ? null : await this.db.getRepository(DecisionVersion).findOneBy({ decisionId: d.id, lang });
    if (lang !== d.language && !version) {
      throw DECISION_ERRORS.NO_SUCH_VERSION.error(`The decision has no ${LANGUAGE_NAMES[lang]} version`, {
        lang,
        languages: await languagesOf(this.db.manager, d),
      });
    }
    // Adopted in the original language, translations to follow: the final text is issued once every version is verified.
    if (variant === 'final' && !(await finalTextIssued(this.db.manager, d))) {
      throw DECISION_ERRORS.TRANSLATIONS_UNVERIFIED.error(
        'The decision was adopted in the original language, translations to follow: its final text is issued once every version is verified',
        { decision: d.id },
      );
    }
    const doc = await this.db.getRepository(GbDocumentRow).findOneByOrFail({ id: d.documentId });
    const session = await this.db.getRepository(Session).findOneByOrFail({ id: doc.sessionId });
    const all = await clausesIn(this.db.manager, d, lang);
    const chapeau = version?.chapeau ?? d.chapeau;
    const text: DecisionText =
      variant === 'draft'
        ? { chapeau, clauses: all.filter((c) => c.draftText !== null).map((c) => c.draftText!), lang }
        : {
            chapeau,
            clauses: all.filter((c) => c.live).map((c) => c.text ?? ''),
            referenceLine: variant === 'final' ? (version ? version.referenceLine : d.referenceLine) : null,
            lang,
          };
    const meta: DecisionMeta = {
      symbol: doc.symbol,
      paragraph: d.paragraphNumber,
      variant,
      date: (variant === 'final' && d.decidedAt ? d.decidedAt : doc.importedAt).toISOString().slice(0, 10),
      heading: {
        symbol: doc.symbol,
        session: { number: session.number, place: session.place, dates: session.dates },
        title: doc.title,
        adopted: variant !== 'draft' && ADOPTED.includes(d.workflow.state),
      },
    };
    const fileName = `${doc.symbol.replace(/[/]/g, '-')}-para${d.paragraphNumber}-${variant}.${format === 'akn' ? 'xml' : format}`;
    // The ETag is the content's own hash: whatever a rendering includes (the amendment list of the AKN too), a change changes it.
    const out = (rendered: string | Buffer): RenderedText => {
      const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
      return {
        body,
        contentType: CONTENT_TYPES[format],
        disposition: `${format === 'docx' || download ? 'attachment' : 'inline'}; filename="${fileName}"`,
        etag: contentEtag(body),
      };
    };
    switch (format) {
      case 'txt': {
        // The final text was frozen at adoption and is never recomputed.
        const body = variant === 'final' ? (version ? version.finalText! : d.finalText!) : renderTxt(text);
        return out(download ? withHeading(meta.heading, body, lang) : body);
      }
      case 'md':
        return out(renderMarkdown(text, download ? meta.heading : undefined));
      case 'html':
        return out(renderHtml(text, meta, download));
      case 'akn':
        return out(renderAkn(text, meta, variant === 'draft' ? [] : await this.summaries(d.id, all, lang)));
      default: {
        const { changes, credits } = variant === 'draft' ? { changes: [], credits: new Map() } : await this.changeRecords(d.id, lang);
        const tracked = trackChanges(
          all.filter((c) => variant !== 'draft' || c.draftText !== null).map((c) => ({ id: c.id, draftText: c.draftText })),
          changes,
        );
        return out(await renderDocx(chapeau, tracked, meta, text.referenceLine ?? null, credits, lang));
      }
    }
  }

  /** Each amendment in `lang`: its version there where it has one, else its own words in its own language. */
  private async summaries(decisionId: string, clauses: ClauseIn[], lang: Language): Promise<AmendmentSummary[]> {
    const amendments = await this.db.getRepository(Amendment).find({ where: { decisionId }, order: { createdAt: 'ASC' } });
    const live = clauses.filter((c) => c.live);
    const credits = await creditsOf(this.db.manager, amendments);
    // Every version in `lang` in one query, not one per amendment.
    const versions = new Map(
      (await this.db.getRepository(AmendmentVersion).find({ where: { amendmentId: In(amendments.map((a) => a.id)), lang } })).map((v) => [v.amendmentId, v]),
    );
    const summaries: AmendmentSummary[] = [];
    for (const a of amendments) {
      const i = live.findIndex((c) => c.id === a.clauseId);
      const op = opOfVersion(a, lang, versions.get(a.id));
      summaries.push({
        number: a.number,
        credit: creditLine(credits.get(a.id)!.credit, lang),
        state: a.workflow.state,
        clause: i >= 0 ? clauseMark(i, lang) : null,
        wording: op ? describeOperation(op, lang) : describeOperation(a.op, a.language),
        rationale: a.rationale,
      });
    }
    return summaries;
  }

  /** The applied changes with their authors by name, and each amendment's credit line by number (the DOCX's comments). */
  private async changeRecords(decisionId: string, lang: Language): Promise<{ changes: ChangeRecord[]; credits: Map<string, string> }> {
    const { changes, amendments, credits } = await this.applied(decisionId, lang);
    const records = changes.map((c) => {
      const a = amendments.get(c.amendmentId)!;
      const { credit, words } = credits.get(a.id)!;
      return {
        clauseId: c.clauseId,
        op: c.op,
        before: c.before,
        amendment: a.number,
        author: moverName(credit.mover, lang),
        date: (a.decidedAt ?? c.appliedAt).toISOString(),
        // Who wrote which inserted words is known in the original's language only.
        words: lang === a.language ? words : null,
      };
    });
    return { changes: records, credits: new Map([...amendments.values()].map((a) => [a.number, creditLine(credits.get(a.id)!.credit, lang)])) };
  }

  /** The decision's applied changes in adoption order, their amendments and those amendments' credits. */
  private async applied(decisionId: string, lang: Language) {
    const changes = await this.db.getRepository(AppliedChange).find({ where: { decisionId, lang }, order: { seq: 'ASC', id: 'ASC' } });
    const amendments = new Map((await this.db.getRepository(Amendment).find({ where: { id: In(changes.map((c) => c.amendmentId)) } })).map((a) => [a.id, a]));
    return { changes, amendments, credits: await creditsOf(this.db.manager, [...amendments.values()]) };
  }

  /** Every applied change in adoption order, with the amendment and group that made it. */
  async changes(id: string): Promise<ChangeView[]> {
    const d = await this.decision(id);
    const { changes, amendments, credits } = await this.applied(d.id, d.language);
    const live = await this.db.getRepository(Clause).find({ where: { decisionId: d.id, live: true }, order: { position: 'ASC' } });
    return changes.map((c) => {
      const a = amendments.get(c.amendmentId)!;
      const textual = c.op.kind !== 'add_clause' && c.op.kind !== 'delete_clause';
      const applied = textual ? applyOperation(c.before, c.op) : null;
      const i = live.findIndex((x) => x.id === c.clauseId);
      const { credit, subamendments } = credits.get(a.id)!;
      return {
        seq: c.seq,
        amendment: { id: a.id, number: a.number },
        group: a.proposerGroup,
        onBehalf: a.onBehalf,
        proposer: moverName(credit.mover),
        movedBy: movedBy(credit.mover),
        credit: creditLine(credit),
        subamendments: credit.subamendments.map((s, k) => ({ ...subamendments[k], proposer: moverName(s.mover) })),
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
