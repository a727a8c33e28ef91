import { type ValidationError, ValidationPipe } from '@nestjs/common';
import { REQUEST_ERRORS } from './request.errors.js';

/**
 * The rules that say what a field is, before those on its value: ["x"] for a text is told it must
 * be a string, not that it is too long. Any other rule in the order the field declares it.
 */
const FIRST = ['whitelistValidation', 'isDefined', 'isObject', 'isArray', 'isString', 'isInt', 'isBoolean', 'isIn', 'isUUID', 'nestedValidation'];
const rank = (rule: string) => (FIRST.includes(rule) ? FIRST.indexOf(rule) : FIRST.length);

/**
 * One message per field: the first rule it breaks, a string for a number told so, not also that it
 * is below 1. `rules` names that rule (maxLength, isDefined…) so a client says it in its reader's language.
 */
function flatten(errors: ValidationError[], prefix = '', out = { fields: {} as Record<string, string[]>, rules: {} as Record<string, string> }) {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const [rule, message] = Object.entries(e.constraints).sort(([a], [b]) => rank(a) - rank(b))[0];
      out.fields[field] = [message];
      out.rules[field] = rule;
    }
    if (e.children?.length) flatten(e.children, field, out);
  }
  return out;
}

/** Whitelisted, strict, transforming validation whose 400 names every bad field. */
export const strictValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const { fields, rules } = flatten(errors);
      const names = Object.keys(fields);
      return REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): ${names.join(', ')}`, { fields, rules });
    },
  });
