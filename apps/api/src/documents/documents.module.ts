import { Module } from '@nestjs/common';
import { DocumentImportService } from './document-import.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { SessionsController } from './sessions.controller.js';

@Module({ controllers: [DocumentsController, SessionsController], providers: [DocumentImportService, DocumentsService], exports: [DocumentImportService, DocumentsService] })
export class DocumentsModule {}
