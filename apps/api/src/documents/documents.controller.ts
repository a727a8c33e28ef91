import type { Language } from '@gbdw/drafting';
import { GB_DOCUMENT_ERRORS } from '@gbdw/gb-document';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiLanguageParam, LanguageParam } from '../common/language.param.js';
import { REQUEST_ERRORS } from '../common/request.errors.js';
import { DECISION_ERRORS } from '../decisions/decision.errors.js';
import { DOCUMENT_ERRORS, DOCUMENT_VERSION_ERRORS } from './document.errors.js';
import { DocumentImportService } from './document-import.service.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { DocumentsService } from './documents.service.js';
import { DocumentDetailView, DocumentSummaryView, LinkagesView, OutcomeView } from './dto/document.view.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly importer: DocumentImportService,
    private readonly documents: DocumentsService,
    private readonly versions: DocumentVersionsService,
  ) {}

  @Post('import')
  @ApiOperation({
    summary: 'Import an Office document',
    description:
      'The text of a GB document like the seed (text/plain). Stored whole or not at all; 422 lists every problem with its line number. A revision supersedes the earlier document: its draft decision becomes superseded and its pending amendments move to the new one.',
  })
  @HttpCode(201)
  @Roles('secretariat')
  @ApiConsumes('text/plain')
  @ApiBody({ description: 'The text of a GB document, in the form of the seed GB.335/POL/1(Rev.)', schema: { type: 'string' } })
  @ApiCreatedResponse({ type: DocumentDetailView, description: 'The document with its decision, plan points and linkages' })
  @ApiErrors(400, 401, 403, 409, 413, 415, 422, 429, GB_DOCUMENT_ERRORS.UNPARSEABLE, DOCUMENT_ERRORS.ALREADY_IMPORTED, DOCUMENT_ERRORS.OLDER_REVISION)
  async import(@CurrentActor() actor: Actor, @Headers('content-type') type: string | undefined, @Body() body: unknown) {
    if (!/^text\/plain\b/i.test(type ?? '') || typeof body !== 'string') {
      throw REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE.error('Send the document as Content-Type: text/plain');
    }
    const row = await this.importer.import(actor, body);
    return this.documents.detail(row.id);
  }

  @Put(':id/versions/:lang')
  @ApiLanguageParam()
  @ApiOperation({
    summary: 'Import a document’s version in another language',
    description:
      'The French or Spanish version of an imported Office document (text/plain, same format): aligned with the original by paragraph numbers, clause labels, plan point codes, footnotes and linkage rows; a version whose structure differs is refused (422, each problem with its line). Its draft decision becomes the decision’s version in that language.',
  })
  @HttpCode(200)
  @Roles('secretariat')
  @ApiConsumes('text/plain')
  @ApiBody({ description: 'The version’s text, in the form of the original', schema: { type: 'string' } })
  @ApiOkResponse({ type: DocumentDetailView, description: 'The document' })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    413,
    415,
    422,
    429,
    DOCUMENT_ERRORS.NOT_FOUND,
    GB_DOCUMENT_ERRORS.UNPARSEABLE,
    DOCUMENT_VERSION_ERRORS.ORIGINAL_LANGUAGE,
    DECISION_ERRORS.VERSION_STRUCTURE,
    DECISION_ERRORS.VERSIONS_FROZEN,
    DECISION_ERRORS.VERSION_BREAKS_AMENDMENTS,
  )
  async importVersion(
    @Param('id') id: string,
    @LanguageParam() lang: Language,
    @CurrentActor() actor: Actor,
    @Headers('content-type') type: string | undefined,
    @Body() body: unknown,
  ) {
    if (!/^text\/plain\b/i.test(type ?? '') || typeof body !== 'string') {
      throw REQUEST_ERRORS.UNSUPPORTED_MEDIA_TYPE.error('Send the version as Content-Type: text/plain');
    }
    await this.versions.import(id, lang, actor, body);
    return this.documents.detail(id);
  }

  @Get()
  @ApiOperation({ summary: 'Documents', description: 'Every imported document, superseded ones included.' })
  @ApiOkResponse({ type: [DocumentSummaryView], description: 'Every imported document, superseded ones included' })
  @ApiErrors(401)
  list() {
    return this.documents.list();
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One document',
    description:
      'By id or symbol: cover facts, headings, numbered paragraphs with the plan points and objectives they cite, footnotes, objectives and the decision.',
  })
  @ApiOkResponse({ type: DocumentDetailView, description: 'Metadata, paragraphs with their references, footnotes, objectives, decision' })
  @ApiErrors(401, DOCUMENT_ERRORS.NOT_FOUND)
  get(@Param('id') id: string) {
    return this.documents.detail(id);
  }

  @Get(':id/linkages')
  @ApiOperation({ summary: 'The appendix of linkages', description: 'Each GCM objective: addressed, indirectly linked, or not addressed, with its note.' })
  @ApiOkResponse({ type: LinkagesView, description: 'The appendix: each objective addressed, indirectly linked or not addressed' })
  @ApiErrors(401, DOCUMENT_ERRORS.NOT_FOUND)
  linkages(@Param('id') id: string) {
    return this.documents.linkages(id);
  }

  @Get(':id/outcome')
  @ApiOperation({
    summary: 'The outcome record of the item',
    description: "The final decision text and method, each plan point's review and the adopted adjustments' words.",
  })
  @ApiOkResponse({ type: OutcomeView, description: "The record of the item: final text and outcome, each plan point's review, adopted adjustments" })
  @ApiErrors(401, DOCUMENT_ERRORS.NOT_FOUND)
  outcome(@Param('id') id: string) {
    return this.documents.outcome(id);
  }
}
