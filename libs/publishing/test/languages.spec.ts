import { describe, expect, it } from '@jest/globals';
import { docxXml, validateAkn } from '../../../test/support/golden.js';
import {
  creditLine,
  type DecisionMeta,
  localCountryName,
  movedBy,
  moverName,
  referenceLine,
  renderAkn,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTxt,
  sessionLine,
  WORDS,
  withHeading,
} from '../src/index.js';

/**
 * A decision in the Governing Body's three languages, as the ILO's French and Spanish records write it: "a)"
 * labels, ";" to the end in French, ", y" before the last clause in Spanish, "(…, paragraphe 26, tel que modifié
 * par le Conseil d’administration)". Every expectation typed out.
 */
const symbol = 'GB.335/POL/1(Rev.)';
const session = { number: 335, place: 'Geneva', dates: '14–28 March 2019' };
const heading = { symbol, session, title: 'Examen du plan d’action', adopted: true };
const meta = (variant: DecisionMeta['variant'] = 'final'): DecisionMeta => ({ symbol, paragraph: 26, variant, date: '2019-03-21', heading });

const french = {
  lang: 'fr' as const,
  chapeau: WORDS.fr.chapeau,
  clauses: [
    'prend note du rapport figurant dans le document GB.335/POL/1(Rev.)',
    'prie le Directeur général de tenir compte de ses orientations',
    'décide que la composition devrait comporter soit: les gouvernements concernés; soit les partenaires sociaux',
  ],
  referenceLine: referenceLine(symbol, 26, true, 'fr'),
};
const spanish = {
  lang: 'es' as const,
  chapeau: WORDS.es.chapeau,
  clauses: ['toma nota del informe', 'solicita al Director General que tenga en cuenta sus orientaciones', 'decide ¿cuándo? examinarlo de nuevo'],
  referenceLine: referenceLine(symbol, 26, false, 'es'),
};

describe('the reference line', () => {
  it('names the paragraph, and the amendment by the Governing Body, in the text’s language', () => {
    expect(referenceLine(symbol, 26, false, 'fr')).toBe('(GB.335/POL/1(Rev.), paragraphe 26)');
    expect(referenceLine(symbol, 26, true, 'fr')).toBe('(GB.335/POL/1(Rev.), paragraphe 26, tel que modifié par le Conseil d’administration)');
    expect(referenceLine(symbol, 26, false, 'es')).toBe('(GB.335/POL/1(Rev.), párrafo 26)');
    expect(referenceLine(symbol, 26, true, 'es')).toBe('(GB.335/POL/1(Rev.), párrafo 26, en su versión enmendada por el Consejo de Administración)');
    expect(referenceLine(symbol, 26, true)).toBe('(GB.335/POL/1(Rev.), paragraph 26, as amended by the Governing Body)');
  });
});

describe('the text', () => {
  it('a French decision: a) b) c), ";" after each clause but the last, no "et"', () => {
    expect(renderTxt(french)).toBe(
      'Le Conseil d’administration:\n\n' +
        'a) prend note du rapport figurant dans le document GB.335/POL/1(Rev.);\n\n' +
        'b) prie le Directeur général de tenir compte de ses orientations;\n\n' +
        'c) décide que la composition devrait comporter soit: les gouvernements concernés; soit les partenaires sociaux.\n\n' +
        '(GB.335/POL/1(Rev.), paragraphe 26, tel que modifié par le Conseil d’administration)',
    );
  });
  it('a French two-clause decision adopted as drafted', () => {
    expect(renderTxt({ ...french, clauses: french.clauses.slice(0, 2), referenceLine: referenceLine(symbol, 26, false, 'fr') })).toBe(
      'Le Conseil d’administration:\n\na) prend note du rapport figurant dans le document GB.335/POL/1(Rev.);\n\n' +
        'b) prie le Directeur général de tenir compte de ses orientations.\n\n(GB.335/POL/1(Rev.), paragraphe 26)',
    );
  });
  it('a Spanish decision: ", y" before the last clause', () => {
    expect(renderTxt(spanish)).toBe(
      'El Consejo de Administración:\n\n' +
        'a) toma nota del informe;\n\n' +
        'b) solicita al Director General que tenga en cuenta sus orientaciones, y\n\n' +
        'c) decide ¿cuándo? examinarlo de nuevo.\n\n' +
        '(GB.335/POL/1(Rev.), párrafo 26)',
    );
  });
  it('a download opens with the heading as the French and Spanish documents print it', () => {
    expect(withHeading(heading, 'x', 'fr')).toBe(
      'Conseil d’administration\n\n335e session, Genève, 14–28 mars 2019\n\nGB.335/POL/1(Rev.)\n\nExamen du plan d’action\n\nDécision\n\nx',
    );
    expect(withHeading({ ...heading, adopted: false }, 'x', 'es')).toBe(
      'Consejo de Administración\n\n335.ª reunión, Ginebra, 14–28 de marzo de 2019\n\nGB.335/POL/1(Rev.)\n\nExamen du plan d’action\n\nProyecto de decisión\n\nx',
    );
  });
  it('a session across two months, in one month, on the first of a month', () => {
    const s = (dates: string, number = 337) => ({ number, place: 'Geneva', dates });
    expect(sessionLine(s('24 October–7 November 2019'), 'fr')).toBe('337e session, Genève, 24 octobre–7 novembre 2019');
    expect(sessionLine(s('24 October–7 November 2019'), 'es')).toBe('337.ª reunión, Ginebra, 24 de octubre–7 de noviembre de 2019');
    expect(sessionLine(s('October–November 2020', 340), 'es')).toBe('340.ª reunión, Ginebra, octubre–noviembre de 2020');
    expect(sessionLine(s('1 March 2019'), 'fr')).toBe('337e session, Genève, 1er mars 2019');
    expect(sessionLine({ number: 1, place: 'Washington', dates: 'November 1919' }, 'fr')).toBe('1re session, Washington, novembre 1919');
  });
});

describe('the formats', () => {
  it('Markdown: the French heading and labels', () => {
    expect(renderMarkdown({ ...french, clauses: french.clauses.slice(0, 2) }, heading)).toBe(
      'Conseil d’administration\n\n335e session, Genève, 14–28 mars 2019\n\nGB.335/POL/1(Rev.)\n\n# Examen du plan d’action\n\n## Décision\n\n' +
        'Le Conseil d’administration:\n\na) prend note du rapport figurant dans le document GB.335/POL/1(Rev.);\n\n' +
        'b) prie le Directeur général de tenir compte de ses orientations.\n\n' +
        '(GB.335/POL/1(Rev.), paragraphe 26, tel que modifié par le Conseil d’administration)',
    );
  });
  it('HTML: the page says its language, its title and labels are in it', () => {
    const fr = renderHtml(french, meta(), true);
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('<title>GB.335/POL/1(Rev.), paragraphe 26 (texte final)</title>');
    expect(fr).toContain('<p class="session">335e session, Genève, 14–28 mars 2019</p>');
    expect(fr).toContain('<p class="clause"><span class="label">a)</span> prend note du rapport');
    const es = renderHtml(spanish, meta('draft'));
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('<title>GB.335/POL/1(Rev.), párrafo 26 (proyecto)</title>');
    expect(es).toContain('<span class="label">b)</span> solicita al Director General que tenga en cuenta sus orientaciones, y</p>');
  });
  it('Akoma Ntoso: a French and a Spanish expression of the work, each a translation of the English one, valid against the schema', () => {
    const amendment = {
      number: 'D26(b)/WKR/1',
      credit: 'D26(b)/WKR/1, présenté par le groupe des travailleurs',
      state: 'adopted',
      clause: 'b)',
      wording: 'w',
      rationale: 'r',
    };
    const fr = renderAkn(french, meta(), [amendment]);
    validateAkn(fr);
    const work = '/akn/un/statement/deliberation/ilo-gb/2019-03-21/gb-335-pol-1-rev-para-26';
    expect(fr).toContain(`<FRBRthis value="${work}/fra@2019-03-21/!main"/>`);
    expect(fr).toContain(
      `<FRBRmasterExpression href="${work}/eng@2019-03-21" showAs="English"/>\n` +
        '          <FRBRlanguage language="fra"/>\n' +
        `          <FRBRtranslation href="${work}/eng@2019-03-21" fromLanguage="eng" by="#office"/>`,
    );
    expect(fr).toContain(`<FRBRManifestation>\n          <FRBRthis value="${work}/fra@2019-03-21.akn/!main"/>`);
    expect(fr).toContain('<point eId="para_26__list_1__point_a"><num>a)</num>');
    expect(fr).toContain('<p><docAuthority refersTo="#governingBody">Conseil d’administration</docAuthority></p>');
    expect(fr).toContain('D26(b)/WKR/1, présenté par le groupe des travailleurs, alinéa b): adopted');
    const es = renderAkn(spanish, meta(), []);
    validateAkn(es);
    expect(es).toContain('<FRBRlanguage language="spa"/>');
    expect(es).toContain(`<FRBRuri value="${work}/spa@2019-03-21"/>`);
    expect(es).toContain('<p><docType>Decisión</docType></p>');
    expect(renderAkn({ ...spanish, lang: 'en' }, meta(), [])).not.toContain('FRBRtranslation');
  });
  it('DOCX: every run of a French text is marked French, labels and joins in French, the changes still tracked', async () => {
    const clauses = [
      { id: '1', segments: [{ text: 'prend note du rapport', kind: 'keep' as const }] },
      {
        id: '2',
        segments: [
          { text: 'prie le Bureau ', kind: 'keep' as const },
          { text: 'tripartite ', kind: 'ins' as const, author: 'groupe des travailleurs', date: '2019-03-21T10:00:00.000Z', amendment: 'D26(b)/WKR/1' },
          { text: 'de donner suite', kind: 'keep' as const },
        ],
      },
    ];
    const credits = new Map([['D26(b)/WKR/1', 'D26(b)/WKR/1, présenté par le groupe des travailleurs']]);
    const xml = docxXml(await renderDocx(french.chapeau, clauses, meta(), french.referenceLine, credits, 'fr'));
    expect(xml).toMatch(
      /<w:ins [^>]*w:author="groupe des travailleurs"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><w:lang w:val="fr-FR"\/><\/w:rPr><w:t xml:space="preserve">tripartite <\/w:t>/,
    );
    expect(xml).toContain('<w:lang w:val="fr-FR"/></w:rPr><w:t xml:space="preserve">a) </w:t>');
    expect(xml).toContain('<w:lang w:val="fr-FR"/></w:rPr><w:t xml:space="preserve">;</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">Conseil d’administration</w:t>');
    expect(xml).not.toContain('w:val="en');
    const es = docxXml(await renderDocx(spanish.chapeau, clauses, meta(), null, credits, 'es'));
    expect(es).toContain('<w:lang w:val="es-ES"/></w:rPr><w:t xml:space="preserve">, y</w:t>');
    const en = docxXml(await renderDocx('The Governing Body:', clauses, meta(), null, credits));
    expect(en).not.toContain('<w:lang');
  });
});

describe('credit in French and Spanish', () => {
  const workers = { kind: 'group', name: "Workers' group", code: 'WKR' } as const;
  const employers = { kind: 'group', name: "Employers' group", code: 'EMP' } as const;
  const russia = { kind: 'government', country: 'the Russian Federation', code: 'RUS' } as const;
  it('a group by its code, a government by its country, the Office', () => {
    expect(movedBy(workers, 'fr')).toBe('présenté par le groupe des travailleurs');
    expect(movedBy(workers, 'es')).toBe('presentada por el Grupo de los Trabajadores');
    expect(movedBy({ kind: 'group', name: 'Africa group', code: 'AFRICA' }, 'fr')).toBe('présenté par le groupe de l’Afrique');
    expect(movedBy(russia, 'fr')).toBe('présenté par le gouvernement (Fédération de Russie)');
    expect(movedBy(russia, 'es')).toBe('presentada por el Gobierno (Federación de Rusia)');
    expect(movedBy(russia)).toBe('moved by the Government of the Russian Federation');
    expect(movedBy({ kind: 'office' }, 'fr')).toBe('proposé par le Bureau');
    expect(moverName({ kind: 'office' }, 'es')).toBe('Oficina');
    expect(moverName(russia, 'fr')).toBe('gouvernement – Fédération de Russie');
    expect(moverName({ kind: 'government', country: 'France', code: 'FRA' }, 'es')).toBe('Gobierno de Francia');
  });
  it('a group the table does not know, or a mover without its code, keeps the groups table’s name', () => {
    expect(moverName({ kind: 'group', name: 'Nordic group', code: 'NORDIC' }, 'fr')).toBe('Nordic group');
    expect(moverName({ kind: 'group', name: "Workers' group" }, 'es')).toBe("Workers' group");
  });
  it('the sub-amendments adopted into an amendment', () => {
    const c = {
      number: 'D26(b)/EMP/1',
      mover: employers,
      subamendments: [
        { number: 'D26(b)/EMP/1/S/WKR/1', mover: workers },
        { number: 'D26(b)/EMP/1/S/GOV-FRA/1', mover: { kind: 'government', country: 'France', code: 'FRA' } as const },
      ],
    };
    expect(creditLine(c, 'fr')).toBe(
      'D26(b)/EMP/1, présenté par le groupe des employeurs, tel que sous-amendé par D26(b)/EMP/1/S/WKR/1 (groupe des travailleurs) et D26(b)/EMP/1/S/GOV-FRA/1 (gouvernement – France)',
    );
    expect(creditLine(c, 'es')).toBe(
      'D26(b)/EMP/1, presentada por el Grupo de los Empleadores, en su forma subenmendada por D26(b)/EMP/1/S/WKR/1 (Grupo de los Trabajadores) y D26(b)/EMP/1/S/GOV-FRA/1 (Gobierno de Francia)',
    );
  });
  it('countries by the United Nations’ names where the everyday ones differ', () => {
    expect(['RUS', 'KOR', 'USA', 'NLD', 'CIV', 'XYZ'].map((c) => localCountryName(c, 'fr'))).toEqual([
      'Fédération de Russie',
      'République de Corée',
      'États-Unis d’Amérique',
      'Pays-Bas',
      'Côte d’Ivoire',
      'XYZ',
    ]);
    expect(['RUS', 'BLR', 'TTO', 'DEU', 'BEN'].map((c) => localCountryName(c, 'es'))).toEqual([
      'Federación de Rusia',
      'Belarús',
      'Trinidad y Tabago',
      'Alemania',
      'Benin',
    ]);
    expect(localCountryName('NLD')).toBe('the Netherlands');
  });
});
