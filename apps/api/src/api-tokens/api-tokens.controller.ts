import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/actor.js';
import { Endpoint } from '../common/endpoint.decorator.js';
import { API_TOKEN_ERRORS } from './api-token.errors.js';
import { ApiTokensService } from './api-tokens.service.js';
import { ApiTokenCreatedView, ApiTokenView, CreateApiTokenDto } from './dto/api-token.dto.js';

@ApiTags('sign-in')
@Controller('auth/api-tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Get()
  @Endpoint({ type: [ApiTokenView], summary: 'My API tokens', description: 'The tokens I made and have not revoked (never the token itself).', errors: [401] })
  mine(@CurrentActor() actor: Actor): Promise<ApiTokenView[]> {
    return this.tokens.mine(actor);
  }

  @Post()
  @HttpCode(201)
  @Endpoint({
    type: ApiTokenCreatedView,
    created: true,
    summary: 'Make an API token',
    description: 'A bearer token of mine for an API client, with my role: shown once in this answer; only its hash is kept.',
    errors: [400, 401, 403, 409, 413, 415, 429, API_TOKEN_ERRORS.TOO_MANY, API_TOKEN_ERRORS.NOT_A_WAY_IN],
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiTokenDto): Promise<ApiTokenCreatedView> {
    return this.tokens.create(actor, dto.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @Endpoint({
    summary: 'Revoke an API token',
    description: 'Refused from now on, on every instance at once; another person’s token is not found.',
    ok: 'Revoked',
    errors: [401, 403, 429, API_TOKEN_ERRORS.NOT_FOUND],
  })
  async revoke(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.tokens.revoke(actor, id);
  }
}
