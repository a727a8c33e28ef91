import { Global, Module } from '@nestjs/common';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { ReadCache } from './read-cache.service.js';

/** Global: the live feed also tells every instance's caches what changed. */
@Global()
@Module({ controllers: [EventsController], providers: [EventsService, ReadCache], exports: [EventsService, ReadCache] })
export class EventsModule {}
