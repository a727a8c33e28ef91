import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiError, ApiFailure } from '../api/client';
import { en } from '../i18n/messages.en';
import { es } from '../i18n/messages.es';
import { fr } from '../i18n/messages.fr';
import { ErrorNote } from './error-note';
import { FieldError } from './field-error';

const note = (body: ApiError, locale: 'en' | 'es' | 'fr' = 'en', placed: string[] = []) =>
  render(
    <IntlProvider locale={locale} messages={{ en, es, fr }[locale]}>
      <ErrorNote error={new ApiFailure(body)} placed={placed} />
      <FieldError error={new ApiFailure(body)} names={['op.text', 'op.with']} id="words-error" />
    </IntlProvider>,
  );
const tooLong: ApiError = {
  statusCode: 400,
  code: 'REQUEST.VALIDATION_FAILED',
  message: 'Invalid field(s): op.text',
  details: { fields: { 'op.text': ['op.text must be shorter than or equal to 20000 characters'] }, rules: { 'op.text': 'maxLength' } },
};
afterEach(cleanup);

describe('a refused field, beside it', () => {
  it('is said by the rule it breaks in the reader’s language, never by the API’s path or words', () => {
    note(tooLong, 'fr', ['op.text']);
    expect(screen.getByRole('alert').textContent).toBe('Certains champs ne sont pas remplis comme il faut : corrigez-les et envoyez de nouveau.');
    expect(document.getElementById('words-error')?.textContent).toBe('Trop long : raccourcissez jusqu’à la limite indiquée.');
  });
  it('is named in the note when the form does not place it, by its label', () => {
    note(tooLong);
    expect(screen.getByRole('alert').textContent).toContain('The new words: Too long: shorten it to the limit shown.');
    expect(screen.getByRole('alert').textContent).not.toContain('op.text');
  });
  it('falls back on the server’s words for a rule it does not know', () => {
    note({ ...tooLong, details: { fields: { 'op.text': ['op.text is odd'] }, rules: { 'op.text': 'isOdd' } } }, 'en', ['op.text']);
    expect(document.getElementById('words-error')?.textContent).toBe('op.text is odd');
  });
});

describe('a quote not found', () => {
  it('lists its near misses with how each differs, in the reader’s language', () => {
    note(
      {
        statusCode: 422,
        code: 'AMENDMENT.ANCHOR_NOT_FOUND',
        message: 'not found',
        details: { nearMisses: [{ found: 'the ILO’s plan', at: 3, differences: ['quotation marks differ (straight or curly)'], kinds: ['quotes', 'case'] }] },
      },
      'fr',
    );
    expect(screen.getByRole('listitem').textContent).toBe('the ILO’s plan — les guillemets diffèrent (droits ou courbes), les majuscules diffèrent');
  });
});

describe('an error, next to the action', () => {
  it('says what happened by the API’s code, in the reader’s language, not in the server’s words', () => {
    note({ statusCode: 422, code: 'AMENDMENT.EMPTIES_CLAUSE', message: 'op would empty (b)' }, 'es');
    expect(screen.getByRole('alert').textContent).toBe(es['error.AMENDMENT.EMPTIES_CLAUSE']);
  });
  it('falls back on the server’s message for a code it does not know', () => {
    note({ statusCode: 502, code: 'HTTP.502', message: 'Bad Gateway' });
    expect(screen.getByRole('alert').textContent).toBe('Bad Gateway');
  });
  it('someone acted first: what changed since the reader looked, not the refusal', () => {
    note({
      statusCode: 409,
      code: 'DECISION.VERSION_CONFLICT',
      message: 'stale',
      details: { seenState: 'amendment_window', state: 'under_discussion', event: 'OPEN_ITEM' },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Someone acted first. When you decided it was open for amendments; it is now under discussion.Your “Open the item” was not sent. The page now shows it as it stands: look again, then decide.',
    );
  });
});
