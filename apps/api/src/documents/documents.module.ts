import { Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow/workflow.module.js';
import { DocumentImportService } from './document-import.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { SessionsController } from './sessions.controller.js';

@Module({
  imports: [WorkflowModule],
  controllers: [DocumentsController, SessionsController],
  providers: [DocumentImportService, DocumentsService],
  exports: [DocumentImportService, DocumentsService],
})
export class DocumentsModule {}
