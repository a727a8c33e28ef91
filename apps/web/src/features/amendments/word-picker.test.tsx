import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.en';
import { WordPicker } from './word-picker';

const wrap = (children: ReactNode) =>
  render(
    <IntlProvider locale="en" messages={en}>
      {children}
    </IntlProvider>,
  );
afterEach(cleanup);

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
