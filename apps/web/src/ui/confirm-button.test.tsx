import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmButton } from './confirm-button';

describe('a confirmed action in a row of a table', () => {
  afterEach(cleanup);

  it('is named with what it acts on, for someone who hears the button out of its row', () => {
    render(<ConfirmButton label="Disable" question="Disable Ms A. Delegate?" onConfirm={() => undefined} object="Ms A. Delegate" />);
    expect(screen.getByRole('button').textContent).toBe('Disable Ms A. Delegate');
    expect(screen.getByRole('button', { name: 'Disable Ms A. Delegate' })).toBeTruthy();
  });

  it('is its label alone where the page names the object already', () => {
    render(<ConfirmButton label="Sign out of every other browser" question="Sign out everywhere else?" onConfirm={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Sign out of every other browser' })).toBeTruthy();
  });
});
