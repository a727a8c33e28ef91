import { describe, expect, it } from 'vitest';
import { amendment, decision, emp, entry, falls, list, read, speaker, sub, wkr } from './chair-script.fixtures';

describe('the Chair’s script: the item opened and the floor', () => {
  it('opens the item, the Office introducing the document in the same words when it has no entry on the list', () => {
    const { steps } = read({ decision: decision('amendment_window', { allowedEvents: ['OPEN_ITEM', 'DEFER'] }) });
    expect(steps).toEqual([
      {
        stage: 'opening',
        say: ['We now turn to the draft decision in paragraph 26 of document GB.335/POL/1(Rev.).', 'I give the floor to the Office to introduce the document.'],
        act: { on: 'decision', event: 'OPEN_ITEM', allowed: true },
      },
    ]);
  });

  it('gives the floor to the Office’s speaker first, to introduce the document, then to the spokespersons in the list’s order', () => {
    const opening = read({ decision: decision('amendment_window'), speakers: list({ waiting: [speaker('Amal Haddad', 'office')] }) });
    expect(opening.steps[0].say).toEqual(['We now turn to the draft decision in paragraph 26 of document GB.335/POL/1(Rev.).']);
    expect(opening.steps[0].act).toEqual({ on: 'decision', event: 'OPEN_ITEM', allowed: false });

    const office = read({
      decision: decision('under_discussion'),
      speakers: list({ waiting: [speaker('Amal Haddad', 'office'), speaker('Renate Hornung-Draus', 'employers')] }),
    });
    expect(office.steps).toEqual([
      {
        stage: 'floor_given',
        say: ['I give the floor to Amal Haddad, for the Office, to introduce the document.'],
        act: { on: 'speaker', event: 'GIVE_FLOOR', name: 'Amal Haddad', allowed: true },
      },
    ]);
    const employers = read({
      decision: decision('under_discussion'),
      speakers: list({ spoke: [{ id: 'Amal Haddad' }], waiting: [speaker('Renate Hornung-Draus', 'employers', { groupCode: 'EMP' })] }),
    });
    expect(employers.steps[0].say).toEqual(['I give the floor to the Employers’ spokesperson, Renate Hornung-Draus.']);
    // Later in the debate the Office answers; it no longer introduces anything.
    const reply = read({
      decision: decision('amendments_in_play'),
      speakers: list({ spoke: [{ id: 'Renate Hornung-Draus' }], waiting: [speaker('Amal Haddad', 'office')] }),
    });
    expect(reply.steps[0].say).toEqual(['I give the floor to Amal Haddad, for the Office.']);
  });

  it('while someone has the floor: who, the speaking time, the floor to close, and who comes next', () => {
    const { steps } = read({
      decision: decision('under_discussion'),
      speakers: list({
        speakingTimeSeconds: 180,
        spoke: [{ id: 'Renate Hornung-Draus' }],
        speaking: speaker('Catelene Passchier', 'workers', { groupCode: 'WKR', allowedEvents: ['CLOSE_FLOOR'] }),
        waiting: [speaker('Wanjiru Kamau', 'regional_group', { groupCode: 'AFRICA', country: 'KEN', allowedEvents: [] }), speaker('Jean Dupont', 'government')],
      }),
    });
    expect(steps).toEqual([
      {
        stage: 'floor_held',
        say: ['The floor is with the Workers’ spokesperson, Catelene Passchier.', 'Speaking time: 3 minutes.'],
        act: { on: 'speaker', event: 'CLOSE_FLOOR', name: 'Catelene Passchier', allowed: true },
      },
      {
        stage: 'floor_given',
        say: ['I give the floor to Wanjiru Kamau, speaking on behalf of the Africa group.'],
        act: { on: 'speaker', event: 'GIVE_FLOOR', name: 'Wanjiru Kamau', allowed: false },
      },
    ]);
  });

  it('names a government by its country, with no title it was not given', () => {
    const { steps } = read({
      decision: decision('amendments_in_play'),
      speakers: list({ waiting: [speaker('Ms Claire Martin', 'government', { country: 'FRA' })] }),
    });
    expect(steps[0].say).toEqual(['I give the floor to Ms Claire Martin, Government of France.']);
  });

  it('the list empty, the draft decision is taken up with its amendments', () => {
    const { steps } = read({ decision: decision('under_discussion', { allowedEvents: ['TAKE_UP_DRAFT'] }), amendments: [wkr, emp, sub], speakers: list() });
    expect(steps).toEqual([
      {
        stage: 'draft_taken_up',
        say: ['We now take up the draft decision, clause by clause, and the 3 amendments to it in the order of consideration.'],
        act: { on: 'decision', event: 'TAKE_UP_DRAFT', allowed: true },
      },
    ]);
  });
});

describe('the Chair’s script: the amendments in the order of consideration', () => {
  it('takes up the next amendment: who moved it, what it would change, what falls if it is adopted, then the question', () => {
    const { steps } = read({
      decision: decision('amendments_in_play'),
      amendments: [emp, wkr],
      order: [entry(wkr, { falls: falls(emp) }), entry(emp, { falls: falls(wkr) })],
    });
    expect(steps).toEqual([
      {
        stage: 'take_up',
        say: [
          'We now take up amendment D26(b)/WKR/1, moved by the Workers’ group.',
          'It would insert “effective social dialogue” after “promote”.',
          'If it is adopted, D26(b)/EMP/2 falls (same words).',
          'Is there any objection?',
        ],
        act: { on: 'amendment', event: 'TAKE_UP', number: 'D26(b)/WKR/1', allowed: true, leave: false },
      },
    ]);
  });

  it('takes up a sub-amendment before the amendment it amends, even once that amendment is before the Governing Body', () => {
    const order = [entry(sub), entry(wkr)];
    const first = read({ decision: decision('amendments_in_play'), amendments: [wkr, sub], order });
    const parentTakenUp = read({ decision: decision('amendments_in_play'), amendments: [{ ...wkr, state: 'under_consideration' }, sub], order });
    for (const { steps } of [first, parentTakenUp])
      expect(steps[0].say.slice(0, 2)).toEqual([
        'We now take up sub-amendment D26(b)/WKR/1/S/EMP/1, moved by the Employers’ group.',
        'It would replace “effective” by “genuine”.',
      ]);
  });

  it('names the seconder of an amendment moved in a government’s own name; unseconded, it lapses when taken up', () => {
    const own = amendment('D26(a)/GOV-FRA/1', { proposerGroup: 'IMEC', onBehalf: 'self', clause: '(a)', op: { kind: 'delete_clause' } });
    const seconded = { ...own, seconder: 'someone', secondedBy: { group: 'AFRICA', country: 'KEN' } };
    expect(read({ decision: decision('amendments_in_play'), amendments: [seconded] }).steps[0].say.slice(0, 2)).toEqual([
      'We now take up amendment D26(a)/GOV-FRA/1, moved by the Government of France and seconded by the Government of Kenya.',
      'It would delete clause (a).',
    ]);
    const { steps } = read({ decision: decision('amendments_in_play'), amendments: [own] });
    expect(steps[0].stage).toBe('not_seconded');
    expect(steps[0].say).toEqual(['Amendment D26(a)/GOV-FRA/1, moved by the Government of France, has not been seconded: it lapses.']);
  });

  it('puts the amendment before the Governing Body to the question, its consequences first', () => {
    const before = { ...wkr, state: 'under_consideration', allowedEvents: ['ADOPT', 'REJECT'] };
    const { steps } = read({ decision: decision('amendments_in_play'), amendments: [before, emp], order: [entry(before, { falls: falls(emp) }), entry(emp)] });
    expect(steps).toEqual([
      {
        stage: 'question',
        say: ['If it is adopted, D26(b)/EMP/2 falls (same words).', 'Is there any objection to amendment D26(b)/WKR/1?'],
        act: { on: 'amendment', event: 'ADOPT', number: 'D26(b)/WKR/1', allowed: true },
      },
    ]);
  });

  it('waits for the secretariat to circulate what is filed but not circulated', () => {
    const { steps, notes } = read({ decision: decision('amendments_in_play'), amendments: [{ ...wkr, state: 'submitted', allowedEvents: [] }] });
    expect(notes).toEqual(['Amendment D26(b)/WKR/1 is not circulated yet: the secretariat circulates it before it can be taken up.']);
    expect(steps[0].say).toEqual([]);
  });
});

describe('the Chair’s script: the decision', () => {
  it('nothing pending: the draft decision as amended, put to the question', () => {
    const { steps } = read({
      decision: decision('amendments_in_play', { allowedEvents: ['ADOPT', 'REJECT', 'DEFER'], eventParameters: { ADOPT: [{ translationsToFollow: false }] } }),
      amendments: [
        { ...wkr, state: 'adopted' },
        { ...emp, state: 'rejected' },
      ],
    });
    expect(steps).toEqual([
      {
        stage: 'decision',
        say: ['We now take the draft decision as amended.', 'Is there any objection?'],
        act: { on: 'decision', event: 'ADOPT', allowed: true, toFollow: false },
      },
    ]);
  });

  it('adopted: the outcome for the record, and the item closed', () => {
    expect(read({ decision: decision('adopted_as_amended', { method: { kind: 'consensus' } }) })).toEqual({
      record: ['I see no objection. The decision, as amended, is adopted.'],
      steps: [{ stage: 'closed', say: ['That concludes our consideration of this item.'], act: null }],
      notes: [],
    });
  });
});

describe('the Chair’s script in French and Spanish', () => {
  it('en français : un sous-amendement présenté par le groupe des employeurs, ce qui tombe, la question', () => {
    const { steps } = read(
      { decision: decision('amendments_in_play'), amendments: [sub, wkr, emp], order: [entry(sub, { falls: falls(emp) }), entry(wkr), entry(emp)] },
      'fr',
    );
    expect(steps[0].say).toEqual([
      'Nous passons maintenant à l’examen du sous-amendement D26(b)/WKR/1/S/EMP/1, présenté par le groupe des employeurs.',
      'Il remplacerait « effective » par « genuine ».',
      'S’il est adopté, D26(b)/EMP/2 tombe (mêmes mots).',
      'Y a-t-il des objections ?',
    ]);
  });

  it('en español: la palabra al portavoz, la enmienda decaída, la decisión adoptada', () => {
    const employers = read(
      { decision: decision('under_discussion'), speakers: list({ spoke: [{ id: 'x' }], waiting: [speaker('Renate Hornung-Draus', 'employers')] }) },
      'es',
    );
    expect(employers.steps[0].say).toEqual(['Doy la palabra al portavoz del Grupo de los Empleadores, Renate Hornung-Draus.']);
    const fallen = { ...emp, state: 'fallen', fallenBecause: { amendmentId: wkr.id, number: wkr.number, reason: 'same_words' as const } };
    const { record } = read({ decision: decision('amendments_in_play'), amendments: [{ ...wkr, state: 'adopted' }, fallen], recorded: wkr.id }, 'es');
    expect(record).toEqual([
      'Queda adoptada la enmienda D26(b)/WKR/1.',
      'La enmienda D26(b)/EMP/2 decae, al haberse adoptado la enmienda D26(b)/WKR/1 (mismas palabras).',
    ]);
    expect(read({ decision: decision('adopted', { method: { kind: 'vote', for: 40, against: 3, abstentions: 2 } }) }, 'es').record).toEqual([
      'Queda adoptada la decisión, por 40 votos a favor, 3 en contra y 2 abstenciones.',
    ]);
  });
});
