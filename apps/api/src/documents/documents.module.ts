import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DocumentImportService } from './document-import.service.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { SessionsController } from './sessions.controller.js';

@Module({
  imports: [WorkflowModule, DecisionsModule],
  controllers: [DocumentsController, SessionsController],
  providers: [DocumentImportService, DocumentsService, DocumentVersionsService],
  exports: [DocumentImportService, DocumentsService],
})
export class DocumentsModule {}
