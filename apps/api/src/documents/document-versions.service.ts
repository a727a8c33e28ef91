import type { Language } from '@gbdw/drafting';
import { parseGbDocument, parseLanguageVersion } from '@gbdw/gb-document';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/actor.js';
import { isUuid, lockRow } from '../common/find-or-fail.js';
import { Decision } from '../database/entities/decision.entity.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { DocumentVersion } from '../database/entities/document-version.entity.js';
import { DecisionVersionsService } from '../decisions/decision-versions.service.js';
import { DOCUMENT_ERRORS, DOCUMENT_VERSION_ERRORS } from './document.errors.js';

/**
 * An Office document's French or Spanish version: read in its language, aligned with the original by
 * its keys (paragraph numbers, clause labels, plan point codes, footnotes, linkage rows) and refused,
 * line by line, where its structure differs; its draft decision becomes the decision's version.
 */
@Injectable()
export class DocumentVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly decisions: DecisionVersionsService,
  ) {}

  async import(id: string, lang: Language, actor: Actor | null, text: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const doc = isUuid(id) ? await m.getRepository(GbDocumentRow).findOneBy({ id }) : null;
      if (!doc) throw DOCUMENT_ERRORS.NOT_FOUND.error(`No document ${id}`);
      if (lang === doc.language) {
        throw DOCUMENT_VERSION_ERRORS.ORIGINAL_LANGUAGE.error(`${doc.symbol} is written in ${lang}: that is its original, not a version`, { lang });
      }
      const version = parseLanguageVersion(parseGbDocument(doc.sourceText), text, { lang });
      await m.getRepository(DocumentVersion).upsert({ documentId: id, lang, sourceText: text }, ['documentId', 'lang']);
      await this.audit.append(m, actor, { entityType: 'document', entityId: id, event: 'VERSION_IMPORTED', data: { lang, symbol: doc.symbol } });
      if (!version.decision) return;
      const decision = await m.getRepository(Decision).findOneBy({ documentId: id, paragraphNumber: version.decision.paragraph });
      if (!decision) throw WORKFLOW_ERRORS.decision.NOT_FOUND.error(`${doc.symbol} has no decision in paragraph ${version.decision.paragraph}`);
      await lockRow(m, 'decisions', decision.id);
      const locked = await m.getRepository(Decision).findOneByOrFail({ id: decision.id });
      await this.decisions.enterIn(m, locked, lang, actor, { chapeau: version.decision.chapeau, clauses: version.decision.clauses });
    });
  }
}
