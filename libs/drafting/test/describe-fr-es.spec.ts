import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { describeOperation, LANGUAGES, type Language, parseInstruction, type TextOperation } from '../src/index.js';

const NBSP = '\u00a0';
/** French guillemets as the Office prints them: a no-break space inside each. */
const g = (s: string) => `«${NBSP}${s}${NBSP}»`;

describe('an operation written out as a French drafter writes it', () => {
  it.each<[TextOperation, string]>([
    [
      { kind: 'insert', after: 'renforcer encore les partenariats', text: 'de l’OIT' },
      `Après les mots ${g('renforcer encore les partenariats')}, insérer les mots suivants: ${g('de l’OIT')}`,
    ],
    [{ kind: 'insert', before: 'dialogue', text: ' effectif ' }, `Avant le mot ${g('dialogue')}, insérer le mot suivant: ${g('effectif')}`],
    [{ kind: 'insert', at: 'end', text: 'et de ses mandants' }, `À la fin de l’alinéa, ajouter les mots suivants: ${g('et de ses mandants')}`],
    [{ kind: 'delete', find: 'notamment', occurrence: 2 }, `Supprimer le mot ${g('notamment')} (deuxième occurrence)`],
    [{ kind: 'delete', find: 'mise en œuvre', occurrence: 11 }, `Supprimer les mots ${g('mise en œuvre')} (occurrence 11)`],
    [
      { kind: 'replace', find: 'tenir compte de', with: 'donner effet à' },
      `Remplacer les mots ${g('tenir compte de')} par les mots suivants: ${g('donner effet à')}`,
    ],
    [{ kind: 'replace_clause', text: 'a pris note du rapport' }, `Remplacer l’alinéa par le texte suivant: ${g('a pris note du rapport')}`],
    [
      { kind: 'add_clause', after: '(b)', text: 'a demandé un rapport' },
      `Ajouter un nouvel alinéa après l’alinéa b), libellé comme suit: ${g('a demandé un rapport')}`,
    ],
    [{ kind: 'add_clause', text: 'a demandé un rapport' }, `Ajouter un nouvel alinéa à la fin, libellé comme suit: ${g('a demandé un rapport')}`],
    [{ kind: 'delete_clause' }, 'Supprimer l’alinéa'],
    // Words that hold guillemets are quoted in curly marks, then straight ones.
    [{ kind: 'delete', find: 'le « dialogue social »' }, 'Supprimer les mots “le « dialogue social »”'],
    [{ kind: 'delete', find: 'le « dialogue » “social”' }, 'Supprimer les mots "le « dialogue » “social”"'],
  ])('%j', (op, written) => expect(describeOperation(op, 'fr')).toBe(written));
});

describe('an operation written out as a Spanish drafter writes it', () => {
  it.each<[TextOperation, string]>([
    [
      { kind: 'insert', after: 'fortalecer aún más las alianzas', text: 'de la OIT' },
      'Después de las palabras «fortalecer aún más las alianzas», insértense las palabras siguientes: «de la OIT»',
    ],
    [{ kind: 'insert', before: 'diálogo', text: 'verdadero' }, 'Antes de la palabra «diálogo», insértese la palabra siguiente: «verdadero»'],
    [{ kind: 'insert', at: 'end', text: 'y de sus mandantes' }, 'Al final del apartado, añádanse las palabras siguientes: «y de sus mandantes»'],
    [{ kind: 'delete', find: 'incluso' }, 'Suprímase la palabra «incluso»'],
    [{ kind: 'delete', find: 'en particular', occurrence: 2 }, 'Suprímanse las palabras «en particular» (segunda vez que aparece)'],
    [{ kind: 'delete', find: 'aplicación', occurrence: 11 }, 'Suprímase la palabra «aplicación» (aparición 11)'],
    [{ kind: 'replace', find: 'continuaba', with: 'continúa' }, 'Sustitúyase la palabra «continuaba» por la palabra siguiente: «continúa»'],
    [{ kind: 'replace', find: 'tenga en cuenta', with: 'aplique' }, 'Sustitúyanse las palabras «tenga en cuenta» por la palabra siguiente: «aplique»'],
    [{ kind: 'replace_clause', text: 'tomó nota del informe' }, 'Sustitúyase el apartado por el texto siguiente: «tomó nota del informe»'],
    [
      { kind: 'add_clause', after: '(b)', text: 'pidió un informe' },
      'Añádase un nuevo apartado después del apartado b), con el texto siguiente: «pidió un informe»',
    ],
    [{ kind: 'add_clause', text: 'pidió un informe' }, 'Añádase un nuevo apartado al final, con el texto siguiente: «pidió un informe»'],
    [{ kind: 'delete_clause' }, 'Suprímase el apartado'],
    [{ kind: 'delete', find: 'el «diálogo» y el “tripartismo”' }, 'Suprímanse las palabras ‘el «diálogo» y el “tripartismo”’'],
  ])('%j', (op, written) => expect(describeOperation(op, 'es')).toBe(written));
});

// Every kind of operation, in each language's words, with quotes that hold the other kinds of quotation mark.
const OPS: Record<Language, TextOperation[]> = {
  en: [
    { kind: 'insert', after: 'to further strengthen ILO partnerships', text: 'and its constituents' },
    { kind: 'delete', find: 'the “Global Compact”', occurrence: 2 },
  ],
  fr: [
    { kind: 'insert', after: 'renforcer les partenariats', text: 'de l’OIT avec les mandants tripartites', occurrence: 2 },
    { kind: 'insert', before: 'le dialogue social', text: ', en particulier,' },
    { kind: 'insert', at: 'end', text: 'et le « travail décent »' },
    { kind: 'insert', after: 'l’OIT', text: 'dans son ensemble' },
    { kind: 'replace', find: 'le « Pacte mondial »', with: 'le “Pacte”', occurrence: 11 },
    { kind: 'replace', find: 'tenir compte de', with: 'donner effet à' },
    { kind: 'delete', find: 'd’autres institutions' },
    { kind: 'delete', find: 'notamment', occurrence: 10 },
    { kind: 'replace_clause', text: 'a prié le Directeur général de lui faire rapport à sa prochaine session' },
    { kind: 'add_clause', after: '(b)', text: 'a invité le Bureau à « promouvoir » le dialogue social' },
    { kind: 'add_clause', text: 'a décidé de revenir sur la question' },
    { kind: 'delete_clause' },
  ],
  es: [
    { kind: 'insert', after: 'fortalecer las alianzas', text: 'de la OIT con los mandantes tripartitos', occurrence: 3 },
    { kind: 'insert', before: 'el diálogo social', text: ', en particular,' },
    { kind: 'insert', at: 'end', text: 'y el «trabajo decente»' },
    { kind: 'replace', find: 'el «Pacto Mundial»', with: 'el “Pacto”', occurrence: 12 },
    { kind: 'replace', find: 'el ‘Pacto’ y el «Pacto»', with: 'el Pacto' },
    { kind: 'delete', find: 'incluso' },
    { kind: 'delete', find: 'en particular', occurrence: 1 },
    { kind: 'replace_clause', text: 'pidió al Director General que le presente un informe' },
    { kind: 'add_clause', after: '(aa)', text: 'invitó a la Oficina a «promover» el diálogo social' },
    { kind: 'add_clause', text: 'decidió volver a examinar la cuestión' },
    { kind: 'delete_clause' },
  ],
};

describe('written out, then read back, an operation is the same', () => {
  const table = LANGUAGES.flatMap((lang) => LANGUAGES.flatMap((words) => OPS[words].map((op) => [lang, op] as const)));
  it.each(table)('in %s: %j', (lang, op) => expect(parseInstruction(describeOperation(op, lang), lang).op).toEqual(op));

  // Words as a delegate types them: accents, apostrophes, guillemets and the other quotation marks.
  const word = fc.stringMatching(/^[a-zàâçéèêëîïôûùüÿœñáíóú’'-]{1,8}$/).filter((w) => /\p{L}/u.test(w));
  const mark = fc.constantFrom('', '', '', ',', ';', '«', '»', '“', '”', '"', '‘', '’');
  const words = fc.array(fc.tuple(mark, word, mark), { minLength: 1, maxLength: 5 }).map((ws) => ws.map(([a, w, b]) => `${a}${w}${b}`).join(' '));
  const occurrence = fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined });
  const op = fc.oneof(
    fc.tuple(words, words, occurrence).map(([after, text, n]): TextOperation => ({ kind: 'insert', after, text, ...(n ? { occurrence: n } : {}) })),
    fc.tuple(words, words).map(([before, text]): TextOperation => ({ kind: 'insert', before, text })),
    fc.tuple(words, words, occurrence).map(([find, w, n]): TextOperation => ({ kind: 'replace', find, with: w, ...(n ? { occurrence: n } : {}) })),
    words.map((find): TextOperation => ({ kind: 'delete', find })),
    words.map((text): TextOperation => ({ kind: 'add_clause', after: '(c)', text })),
  );
  // A quote that holds every kind of closing mark has no marks to be written in; drafters never meet one.
  const quotable = (s: string) => ['»', '”', '"', '’'].some((c) => !s.includes(c));
  it.each<Language>(['fr', 'es'])('in %s, whatever the words', (lang) =>
    fc.assert(
      fc.property(op, (o) => {
        fc.pre(Object.entries(o).every(([k, v]) => k === 'kind' || typeof v !== 'string' || quotable(v)));
        expect(parseInstruction(describeOperation(o, lang), lang).op).toEqual(o);
      }),
    ),
  );
});
