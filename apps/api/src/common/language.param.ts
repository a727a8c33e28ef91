import { isLanguage, LANGUAGES, type Language } from '@gbdw/drafting';
import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { REQUEST_ERRORS } from './request.errors.js';

/** A language in a path: one of the three working languages, else a 400 naming it. */
class LanguagePipe implements PipeTransform<string, Language> {
  transform(value: string): Language {
    if (isLanguage(value)) return value;
    throw REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): lang`, {
      fields: { lang: [`"${value.slice(0, 20)}" is not a language the service keeps: use one of ${LANGUAGES.join(', ')}`] },
    });
  }
}

export const LanguageParam = () => Param('lang', new LanguagePipe());

/** The OpenAPI of a route with a language in its path. */
export const ApiLanguageParam = () => ApiParam({ name: 'lang', enum: LANGUAGES, description: 'One of the three working languages' });
