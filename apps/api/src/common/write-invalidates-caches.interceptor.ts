import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable, tap } from 'rxjs';
import { DecisionTextService } from '../decisions/decision-text.service.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After a write has committed on this instance, its own cached texts go at once, so a client
 * reads its writes here; other instances hear of it through NOTIFY.
 */
@Injectable()
export class WriteInvalidatesCachesInterceptor implements NestInterceptor {
  constructor(private readonly texts: DecisionTextService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = ctx.switchToHttp().getRequest<{ method: string }>().method;
    if (READS.has(method)) return next.handle();
    return next.handle().pipe(
      tap({
        next: () => this.texts.invalidate(),
        error: () => this.texts.invalidate(),
      }),
    );
  }
}
