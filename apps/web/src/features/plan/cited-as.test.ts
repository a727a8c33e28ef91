import { describe, expect, it } from 'vitest';
import { citingSentences, excerpt } from './cited-as';

// Paragraphs 1 (its end), 9 (its middle) and 12 (its start) of GB.335/POL/1(Rev.) (../shared/seeds), footnote markers read out.
const P1 =
  'The discussions led to conclusions in the form of a resolution concerning fair and effective labour migration governance, which were given effect via a five-year plan of action (2018–22), adopted by the Governing Body at its 331st Session, in November 2017. The plan of action provided for reviews of the relevance of the proposed activities and implementation monitoring in line with available resources (points 17 and 18).';
const P9 =
  "GCM objective 5 on enhancing the availability and flexibility of pathways for regular migration makes explicit reference to drawing on ILO standards, guidelines and principles. The ILO's work on promoting international labour standards and policy frameworks governing labour migration, including diffusing misunderstanding of these standards, and its action to address stereotypes and prejudices against migrant workers as foreseen in point 13(a) of the plan of action, can support this objective and many others of the GCM. The references to optimizing skills matching in labour markets further testify to the GCM's uptake of ILO concerns (see objective 5(c) and (e)).";
const P12 =
  "The ILO's expanded work on fair recruitment, outlined in points 12(a), 13(d) and 14(a) of the ILO's plan of action, can support implementation of the GCM. Recent activities include the development of guidelines.";

describe('what the document says of a plan point', () => {
  it('finds the sentences naming the point, in a list of points too', () => {
    expect(citingSentences(P1, '17')).toEqual([
      'The plan of action provided for reviews of the relevance of the proposed activities and implementation monitoring in line with available resources (points 17 and 18).',
    ]);
    expect(citingSentences(P12, '13(d)')).toEqual([
      "The ILO's expanded work on fair recruitment, outlined in points 12(a), 13(d) and 14(a) of the ILO's plan of action, can support implementation of the GCM.",
    ]);
  });
  it('not a year, another point of the same number, or an objective', () => {
    expect(citingSentences('See point 13(a), adopted in November 2017.', '17')).toEqual([]);
    expect(citingSentences(P12, '13')).toEqual([]);
    expect(citingSentences(P9, '5')).toEqual([]);
  });
  it('a short line around the mention, cut between words with an ellipsis', () => {
    const [sentence] = citingSentences(P9, '13(a)');
    expect(excerpt(sentence, '13(a)')).toBe(
      '…to address stereotypes and prejudices against migrant workers as foreseen in point 13(a) of the plan of action, can support this objective and many…',
    );
    expect(excerpt(citingSentences(P12, '12(a)')[0], '12(a)')).toBe(
      "The ILO's expanded work on fair recruitment, outlined in points 12(a), 13(d) and 14(a) of the ILO's plan of action, can support…",
    );
  });
});
