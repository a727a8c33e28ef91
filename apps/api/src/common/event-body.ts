import { applyDecorators, Body, type PipeTransform, type Type } from '@nestjs/common';
import { ApiBody, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';
import { ConsensusDto, RecordVoteDto, VoteDto } from './outcome-method.dto.js';
import { REQUEST_ERRORS } from './request.errors.js';
import { strictValidationPipe } from './validation.pipe.js';

/** The DTO class of each event type of one workflow: each event carries only its own fields. */
export type EventBodies = Record<string, Type<object>>;

/**
 * Validates an event body against the DTO of its `type`, strictly: a field that event does
 * not take is a 400 naming it, whatever other events take.
 */
class EventBodyPipe implements PipeTransform {
  private readonly strict = strictValidationPipe();
  constructor(private readonly bodies: EventBodies) {}

  async transform(value: unknown): Promise<unknown> {
    const type = (value as { type?: unknown } | null)?.type;
    const types = Object.keys(this.bodies);
    if (typeof type !== 'string' || !Object.hasOwn(this.bodies, type)) {
      throw REQUEST_ERRORS.VALIDATION_FAILED.error('Invalid field(s): type', { fields: { type: [`type must be one of ${types.join(', ')}`] } });
    }
    return this.strict.transform(value, { type: 'body', metatype: this.bodies[type] });
  }
}

/** The body of a workflow event, validated per type, and its OpenAPI schema: a oneOf discriminated by `type`. */
export const EventBody = (bodies: EventBodies) => Body(new EventBodyPipe(bodies));

export const ApiEventBody = (bodies: EventBodies) => {
  const classes = [...new Set(Object.values(bodies))];
  return applyDecorators(
    // The outcome methods are referenced from inside the bodies (method: oneOf), so they are declared too.
    ApiExtraModels(...classes, ConsensusDto, VoteDto, RecordVoteDto),
    ApiBody({
      schema: {
        oneOf: classes.map((c) => ({ $ref: getSchemaPath(c) })),
        discriminator: { propertyName: 'type', mapping: Object.fromEntries(Object.entries(bodies).map(([t, c]) => [t, getSchemaPath(c)])) },
      },
    }),
  );
};
