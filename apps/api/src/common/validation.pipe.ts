import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '../../../../libs/common/src/index.js';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out[field] = Object.values(e.constraints);
    if (e.children?.length) Object.assign(out, flatten(e.children, field));
  }
  return out;
}

/** Whitelisted, strict, transforming validation whose 400 names every bad field. */
export const strictValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    // One message per field, the first rule it breaks: a string for a number is told so, not also that it is below 1.
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const names = Object.keys(fields);
      return new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', `Invalid field(s): ${names.join(', ')}`, { fields });
    },
  });
