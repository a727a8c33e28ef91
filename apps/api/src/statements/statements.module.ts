import { Module } from '@nestjs/common';
import { StatementWriter } from './statement-writer.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsService } from './statements.service.js';

@Module({ controllers: [StatementsController], providers: [StatementsService, StatementWriter] })
export class StatementsModule {}
