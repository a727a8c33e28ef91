import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AmendmentsModule } from './amendments/amendments.module.js';
import { ApiTokensModule } from './api-tokens/api-tokens.module.js';
import { AuditModule } from './audit/audit.module.js';
import { DomainExceptionFilter } from './common/domain-exception.filter.js';
import { RateLimiterService } from './common/rate-limit/rate-limiter.service.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { EventsModule } from './events/events.module.js';
import { DATABASE_URL } from './events/events.service.js';
import { GroupsModule } from './groups/groups.module.js';
import { HealthModule } from './health/health.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { MembersModule } from './members/members.module.js';
import { PasskeysModule } from './passkeys/passkeys.module.js';
import { PlanModule } from './plan/plan.module.js';
import { RoomModule } from './room/room.module.js';
import { AuthGuard } from './sign-in/auth.guard.js';
import { SignInModule } from './sign-in/sign-in.module.js';
import { SpeakersModule } from './speakers/speakers.module.js';
import { StatementsModule } from './statements/statements.module.js';

/** The composition root; `databaseUrl` is resolved before (embedded server or DATABASE_URL). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.dbPoolSize, config.logLevel !== 'silent')),
        AuditModule,
        HealthModule,
        GroupsModule,
        MembersModule,
        DocumentsModule,
        DecisionsModule,
        AmendmentsModule,
        PlanModule,
        StatementsModule,
        SpeakersModule,
        RoomModule,
        SignInModule,
        PasskeysModule,
        ApiTokensModule,
        InvitationsModule,
        EventsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        RateLimiterService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
      exports: [APP_CONFIG, DATABASE_URL, RateLimiterService],
    };
  }
}
