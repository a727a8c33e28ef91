import { step, useSeededApp } from './seeded.js';
import { bearer } from './test-app.js';

/** Paragraph 26 of the seed as stored: its chapeau and clauses (a) and (b), and the text they make. */
export const CHAPEAU = 'The Governing Body:';
export const A =
  "indicated that the ILO's plan of action (2018–22) continued to reflect the priorities of the Organization on labour migration, including to support the implementation of the Global Compact for Safe, Orderly and Regular Migration";
export const B =
  "invited the Director-General to take account of its guidance in the implementation of the ILO's plan of action, to further strengthen ILO partnerships with other agencies, such as those in the United Nations Network on Migration and particularly in the field, including in United Nations country teams, and to promote social dialogue and tripartism in the implementation of the Global Compact for Safe, Orderly and Regular Migration";
export const seedText = (a = A, b = B) => `${CHAPEAU}\n\n(a) ${a}; and\n\n(b) ${b}.`;

/** The seeded app for one test at a time, with the steps a sitting on paragraph 26 takes. */
export function useParagraph26() {
  const s = useSeededApp();
  const D = () => `/decisions/${s.decisionId}/events`;
  const file = (token: string, body: Record<string, unknown>) => s.t.http().post(`/decisions/${s.decisionId}/amendments`).set(bearer(token)).send(body);
  const text = async (variant = 'current') =>
    (await s.t.http().get(`/decisions/${s.decisionId}/text?variant=${variant}`).set(bearer(s.c.observer)).expect(200)).text;
  const toFloor = async () => {
    await step(s.t, s.c.chair, D(), 'OPEN_ITEM');
    await step(s.t, s.c.chair, D(), 'TAKE_UP_DRAFT');
  };
  const adopt = async (id: string) => {
    await step(s.t, s.c.secretariat, `/amendments/${id}/events`, 'CIRCULATE');
    await step(s.t, s.c.chair, `/amendments/${id}/events`, 'TAKE_UP');
    return step(s.t, s.c.chair, `/amendments/${id}/events`, 'ADOPT');
  };
  const publish = () => step(s.t, s.c.secretariat, D(), 'PUBLISH');

  return { s, D, file, text, toFloor, adopt, publish };
}
