import { Transform } from 'class-transformer';

/**
 * A query parameter read as a number only when it is written in decimal digits: Number() would
 * also take "0x10" (16), " " (0) or "-0" (0) and @IsInt would pass them. Anything else stays a
 * string, so the 400 says the field must be an integer.
 */
export const DecimalInteger = () => Transform(({ value }) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value));
