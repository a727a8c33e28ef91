import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.en';
import { ParagraphText } from './footnote';
import { OfficeRuns, officeRuns, plainOf } from './office-text';

// Footnotes 1, 2 and 6 and paragraph 1 of GB.335/POL/1(Rev.) (../shared/seeds), as the API sends them.
const NOTE_1 =
  'ILO: *Addressing governance challenges in a changing labour migration landscape*, Report IV, International Labour Conference, 106th Session, Geneva, 2017.';
const NOTE_2 = '[GB.331/INS/4/1\\(Rev.\\)](#).';
const NOTE_6 = 'Tier 2: … See Tier Classification for Global SDG Indicators at: <https://unstats.un.org/sdgs/iaeg-sdgs/tier-classification/>.';
const PARAGRAPH_1 =
  'At its 106th Session (June 2017), the International Labour Conference conducted a general discussion on addressing the governance challenges for fair and effective labour migration.¹ The Conference debated the benefits and challenges inherent in labour migration. The discussions led to conclusions […], adopted by the Governing Body at its 331st Session, in November 2017.² The plan of action provided for reviews […] (points 17 and 18).';

const wrap = (children: ReactNode) =>
  render(
    <IntlProvider locale="en" messages={en}>
      {children}
    </IntlProvider>,
  );
afterEach(cleanup);

describe('the Office’s light markup', () => {
  it('reads emphasis, a cited document with escapes and a web address into runs', () => {
    expect(officeRuns(NOTE_1)).toEqual([
      { text: 'ILO: ' },
      { text: 'Addressing governance challenges in a changing labour migration landscape', emphasis: true },
      { text: ', Report IV, International Labour Conference, 106th Session, Geneva, 2017.' },
    ]);
    expect(officeRuns(NOTE_2)).toEqual([{ text: 'GB.331/INS/4/1(Rev.)', cites: 'GB.331/INS/4/1(Rev.)' }, { text: '.' }]);
    expect(officeRuns('**Draft decision** \\*not emphasis\\*')).toEqual([{ text: 'Draft decision', strong: true }, { text: ' *not emphasis*' }]);
  });
  it('renders no markup character, and a link only to a web address', () => {
    const { container } = wrap(
      <p>
        <OfficeRuns runs={officeRuns(`${NOTE_1} ${NOTE_2} ${NOTE_6} [x](javascript:alert)`)} />
      </p>,
    );
    expect(container.querySelector('em')?.textContent).toBe('Addressing governance challenges in a changing labour migration landscape');
    expect([...container.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(['GB.331/INS/4/1(Rev.)', 'x']);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://unstats.un.org/sdgs/iaeg-sdgs/tier-classification/']);
    expect(container.textContent).not.toMatch(/[*[\]\\<>]/);
  });
});

describe('a paragraph’s footnotes', () => {
  const paragraph = {
    runs: [{ text: PARAGRAPH_1 }],
    footnotes: [
      { number: 1, text: NOTE_1 },
      { number: 2, text: NOTE_2 },
    ],
  };
  it('one marker per footnote, where the Office put it', () => {
    const { container } = wrap(
      <p>
        <ParagraphText p={paragraph} />
      </p>,
    );
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Footnote 1', 'Footnote 2']);
    expect(container.textContent).not.toMatch(/[¹²]/);
    expect(container.textContent).toContain('labour migration.1 The Conference');
    expect(plainOf(paragraph.runs)).toContain('labour migration. The Conference');
  });
  it('a footnote opens as text with its emphasis', () => {
    wrap(
      <p>
        <ParagraphText p={paragraph} />
      </p>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Footnote 1' }));
    const note = screen.getByRole('dialog', { name: 'Footnote 1' });
    expect(note.textContent).toBe(
      'ILO: Addressing governance challenges in a changing labour migration landscape, Report IV, International Labour Conference, 106th Session, Geneva, 2017.',
    );
    expect(note.querySelector('em')?.textContent).toBe('Addressing governance challenges in a changing labour migration landscape');
  });
});
