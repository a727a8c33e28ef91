import { ValidateIf } from 'class-validator';

/**
 * A body field that may be left out; `null` is not leaving it out, so it is checked (and refused
 * by the field's rules) rather than passed on as if absent (IsOptional lets null through, and a
 * service reading `=== undefined` then met a null).
 */
export const Omittable = () => ValidateIf((_, value) => value !== undefined);
