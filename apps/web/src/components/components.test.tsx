import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { TrackedClause } from './tracked-change';
import { WordPicker } from './word-picker';

const wrap = (children: ReactNode, locale: 'en' | 'fr' = 'en') => render(<IntlProvider locale={locale} messages={MESSAGES[locale]}>{children}</IntlProvider>);
afterEach(cleanup);

describe('a tracked change', () => {
  it('marks the inserted words with <ins> and says where it begins and ends, in the reader’s language', () => {
    const { container } = wrap(<TrackedClause text="and to promote social dialogue" op={{ kind: 'insert', before: 'social dialogue', text: 'effective' }} />, 'fr');
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

describe('choosing words', () => {
  it('by keyboard: Enter marks the first word, Shift+arrow extends to whole words', () => {
    const picked: unknown[] = [];
    wrap(<WordPicker text="to promote social dialogue and tripartism" label="Choose the words" onChange={(r) => picked.push(r)} />);
    const social = screen.getByRole('button', { name: 'social' });
    fireEvent.click(social);
    fireEvent.keyDown(social, { key: 'ArrowRight', shiftKey: true });
    expect(picked.at(-1)).toEqual({ start: 11, end: 26 });
    expect(screen.getByRole('button', { name: 'dialogue' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(screen.getByRole('button', { name: 'dialogue' }), { key: 'Escape' });
    expect(picked.at(-1)).toBeNull();
  });
  it('only one word is in the tab order at a time (roving focus)', () => {
    wrap(<WordPicker text="one two three" label="Choose the words" onChange={() => undefined} />);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
  });
});
