import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en';
import { fr } from '../i18n/messages.fr';
import { TrackedClause } from './tracked-change';

const wrap = (children: ReactNode, locale: 'en' | 'fr' = 'en') =>
  render(
    <IntlProvider locale={locale} messages={{ en, fr }[locale]}>
      {children}
    </IntlProvider>,
  );
afterEach(cleanup);

describe('a tracked change', () => {
  it('marks the inserted words with <ins> and says where it begins and ends, in the reader’s language', () => {
    const { container } = wrap(
      <TrackedClause text="and to promote social dialogue" op={{ kind: 'insert', before: 'social dialogue', text: 'effective' }} />,
      'fr',
    );
    const ins = container.querySelector('ins')!;
    expect(ins.textContent).toBe('début de l’insertion effective  fin de l’insertion');
    expect(container.textContent!.replace('début de l’insertion ', '').replace(' fin de l’insertion', '')).toBe('and to promote effective social dialogue');
  });
  it('marks a deletion with <del>, the space it takes included', () => {
    const { container } = wrap(<TrackedClause text="on labour migration, including to support" op={{ kind: 'delete', find: 'including' }} />);
    expect(container.querySelector('del')!.textContent).toBe('deletion begins including  deletion ends');
    expect(container.querySelector('ins')).toBeNull();
  });
  it('says so when its words are no longer in the text', () => {
    wrap(<TrackedClause text="a b c" op={{ kind: 'delete', find: 'zzz' }} />);
    expect(screen.getByText('(its words are no longer in the text)')).toBeTruthy();
  });
});
