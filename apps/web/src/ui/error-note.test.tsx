import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiError, ApiFailure } from '../api/client';
import { en } from '../i18n/messages.en';
import { es } from '../i18n/messages.es';
import { ErrorNote } from './error-note';

const note = (body: ApiError, locale: 'en' | 'es' = 'en') =>
  render(
    <IntlProvider locale={locale} messages={{ en, es }[locale]}>
      <ErrorNote error={new ApiFailure(body)} />
    </IntlProvider>,
  );
afterEach(cleanup);

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
