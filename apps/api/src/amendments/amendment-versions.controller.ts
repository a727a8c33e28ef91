import { AMENDMENT_TEXT_ERRORS, type Language, SUBAMENDMENT_TEXT_ERRORS } from '@gbdw/drafting';
import { WORKFLOW_ERRORS } from '@gbdw/workflow';
import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.decorators.js';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { ApiLanguageParam, LanguageParam } from '../common/language.param.js';
import { AMENDMENT_ERRORS, TRANSLATION_ERRORS } from './amendment.errors.js';
import { AmendmentQueriesService } from './amendment-queries.service.js';
import { AmendmentVersionsService } from './amendment-versions.service.js';
import { AmendmentView } from './dto/amendment.view.js';
import { VerifyVersionDto, WriteVersionDto } from './dto/amendment-version.dto.js';

const VERSION_ERRORS = [
  400,
  401,
  403,
  404,
  409,
  422,
  429,
  WORKFLOW_ERRORS.amendment.NOT_FOUND,
  AMENDMENT_ERRORS.LANGUAGE_NOT_KEPT,
  TRANSLATION_ERRORS.ORIGINAL,
];

/** An amendment's versions in its decision's other languages (issue #21): written, then verified. */
@ApiTags('amendments')
@ApiBearerAuth()
@Controller('amendments/:id/versions/:lang')
export class AmendmentVersionsController {
  constructor(
    private readonly versions: AmendmentVersionsService,
    private readonly queries: AmendmentQueriesService,
  ) {}

  @Put()
  @ApiLanguageParam()
  @Roles('member', 'secretariat')
  @Endpoint({
    type: AmendmentView,
    summary: 'Write an amendment’s version in another language',
    description:
      'The same change on that language’s text, as an `op` or as that language’s drafter writes it ("Après les mots « … », insérer …", "Después de las palabras «…», insértese …"). Its quotes must be in that language’s text. ' +
      'The secretariat writes it, or the side that moved the amendment proposes it; either way it is "translated" until the secretariat verifies it. Only while the amendment is pending.',
    errors: [
      ...VERSION_ERRORS,
      AMENDMENT_ERRORS.NOT_PENDING,
      TRANSLATION_ERRORS.NOT_YOURS,
      TRANSLATION_ERRORS.NOT_THE_SAME,
      TRANSLATION_ERRORS.VERSION_CONFLICT,
      TRANSLATION_ERRORS.BREAKS_SUBAMENDMENT,
      AMENDMENT_ERRORS.EMPTIES_CLAUSE,
      ...Object.values(AMENDMENT_TEXT_ERRORS),
      SUBAMENDMENT_TEXT_ERRORS.OUT_OF_SCOPE,
    ],
  })
  async write(@Param('id') id: string, @LanguageParam() lang: Language, @CurrentActor() actor: Actor, @Body() dto: WriteVersionDto) {
    await this.versions.write(id, lang, actor, dto);
    return this.queries.view(id, actor);
  }

  @Post('verify')
  @ApiLanguageParam()
  @HttpCode(200)
  @Roles('secretariat')
  @Endpoint({
    type: AmendmentView,
    summary: 'Verify an amendment’s version in another language',
    description: 'The secretariat checks a written translation against its original. Two verifying at once: one wins, the other is told (409).',
    errors: [...VERSION_ERRORS, TRANSLATION_ERRORS.NOT_TO_VERIFY, TRANSLATION_ERRORS.VERSION_CONFLICT],
  })
  async verify(@Param('id') id: string, @LanguageParam() lang: Language, @CurrentActor() actor: Actor, @Body() dto: VerifyVersionDto) {
    await this.versions.verify(id, lang, actor, dto);
    return this.queries.view(id, actor);
  }
}
