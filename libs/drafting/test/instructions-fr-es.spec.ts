import { describe, expect, it } from '@jest/globals';
import { instructionForms, isLanguage, LANGUAGES, type Language, type ParsedInstruction, parseInstruction } from '../src/index.js';
import { refusal } from './refusal.js';

// Instructions as a delegate types them, against paragraph 26 of GB.335/POL/1(Rev.) in its French
// and Spanish versions; each expected operation is written by hand.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('French instructions, as the Governing Body’s French-speaking drafters write them', () => {
  it.each<[string, ParsedInstruction]>([
    [
      'Dans le projet de décision, paragraphe 26, alinéa b), après les mots « renforcer encore les partenariats », insérer les mots « de l’OIT »',
      { clause: '(b)', op: { kind: 'insert', after: 'renforcer encore les partenariats', text: 'de l’OIT' } },
    ],
    [
      `Avant les mots${NBSP}«${NNBSP}le dialogue social${NNBSP}», insérer le mot suivant${NBSP}: «${NBSP}promouvoir${NBSP}»`,
      { op: { kind: 'insert', before: 'le dialogue social', text: 'promouvoir' } },
    ],
    [
      'Insérer les mots « et le travail décent » après les mots « migration de main-d’œuvre »',
      { op: { kind: 'insert', after: 'migration de main-d’œuvre', text: 'et le travail décent' } },
    ],
    [
      'Insérez, après le mot « tripartisme », les mots « et la négociation collective »',
      { op: { kind: 'insert', after: 'tripartisme', text: 'et la négociation collective' } },
    ],
    ['Supprimer les mots « en particulier »', { op: { kind: 'delete', find: 'en particulier' } }],
    ['supprimez le mot « notamment » (deuxième occurrence).', { op: { kind: 'delete', find: 'notamment', occurrence: 2 } }],
    ['Supprimer le mot « notamment » (seconde occurrence)', { op: { kind: 'delete', find: 'notamment', occurrence: 2 } }],
    ['Supprimer l’expression « mise en œuvre » (occurrence 12)', { op: { kind: 'delete', find: 'mise en œuvre', occurrence: 12 } }],
    ['Remplacer les mots « tenir compte de » par les mots « donner effet à »', { op: { kind: 'replace', find: 'tenir compte de', with: 'donner effet à' } }],
    ['REMPLACEZ LE MOT “continue” PAR "continuait".', { op: { kind: 'replace', find: 'continue', with: 'continuait' } }],
    ["Supprimer l'alinéa c)", { clause: '(c)', op: { kind: 'delete_clause' } }],
    ['Supprimer cet alinéa', { op: { kind: 'delete_clause' } }],
    [
      'Remplacer l’alinéa (a) par le texte suivant: « a pris note du rapport »',
      { clause: '(a)', op: { kind: 'replace_clause', text: 'a pris note du rapport' } },
    ],
    [
      'Ajouter un nouvel alinéa après l’alinéa b), libellé comme suit : « a prié le Directeur général de lui faire rapport »',
      { op: { kind: 'add_clause', after: '(b)', text: 'a prié le Directeur général de lui faire rapport' } },
    ],
    [
      'Ajouter un nouvel alinéa à la fin, ainsi libellé: « a décidé de revenir sur la question »',
      { op: { kind: 'add_clause', text: 'a décidé de revenir sur la question' } },
    ],
    [
      'À la fin de l’alinéa b), ajouter les mots suivants : « et de ses mandants »',
      { clause: '(b)', op: { kind: 'insert', at: 'end', text: 'et de ses mandants' } },
    ],
    ['A la fin de l’alinéa, ajouter « , selon qu’il conviendra »', { op: { kind: 'insert', at: 'end', text: ', selon qu’il conviendra' } }],
    ["À l'alinéa (a), supprimer le mot « notamment »", { clause: '(a)', op: { kind: 'delete', find: 'notamment' } }],
    ['Au paragraphe 26, alinéa b), supprimer les mots « en particulier »', { clause: '(b)', op: { kind: 'delete', find: 'en particulier' } }],
  ])('%s', (instruction, parsed) => expect(parseInstruction(instruction, 'fr')).toEqual(parsed));

  it.each([
    [`«${NBSP}l’OIT${NBSP}»`, 'l’OIT'],
    [`«${NNBSP}l’OIT${NNBSP}»`, 'l’OIT'],
    ['« l’OIT »', 'l’OIT'],
    ['«l’OIT»', 'l’OIT'],
    ['“l’OIT”', 'l’OIT'],
  ])('the spaces inside guillemets are typography, not words: %s', (quote, find) =>
    expect(parseInstruction(`Supprimer les mots ${quote}`, 'fr').op).toEqual({ kind: 'delete', find }),
  );
  it('reads an instruction typed with decomposed accents as the same words (NFC)', () => {
    expect(parseInstruction('Après les mots « réseau », insérer le mot « régional »'.normalize('NFD'), 'fr').op).toEqual({
      kind: 'insert',
      after: 'réseau',
      text: 'régional',
    });
  });
  it('an elided article is a word, and its apostrophe opens no quotation', () => {
    expect(parseInstruction("supprimer l'alinéa", 'fr').op).toEqual({ kind: 'delete_clause' });
    expect(parseInstruction('Supprimer l’expression « d’un commun accord »', 'fr').op).toEqual({ kind: 'delete', find: 'd’un commun accord' });
  });
});

describe('Spanish instructions, as the Governing Body’s Spanish-speaking drafters write them', () => {
  it.each<[string, ParsedInstruction]>([
    [
      'En el proyecto de decisión, párrafo 26, apartado b), después de las palabras «fortalecer aún más las alianzas», insértense las palabras «de la OIT»',
      { clause: '(b)', op: { kind: 'insert', after: 'fortalecer aún más las alianzas', text: 'de la OIT' } },
    ],
    [
      'Antes de las palabras «el diálogo social», insértese la palabra siguiente: «promover»',
      { op: { kind: 'insert', before: 'el diálogo social', text: 'promover' } },
    ],
    [
      'Insértense las palabras «y el trabajo decente» después de las palabras «la migración laboral»',
      { op: { kind: 'insert', after: 'la migración laboral', text: 'y el trabajo decente' } },
    ],
    ['Suprímase la palabra «incluso»', { op: { kind: 'delete', find: 'incluso' } }],
    ['suprímanse las palabras «en particular» (segunda vez que aparece).', { op: { kind: 'delete', find: 'en particular', occurrence: 2 } }],
    ['Suprímase la palabra «aplicación» (aparición 11)', { op: { kind: 'delete', find: 'aplicación', occurrence: 11 } }],
    // GB.271/2: the Office's own corrections to the minutes are written so.
    [
      'Suprímase la frase que dice lo siguiente: «Ahora bien, ese despido no estaba relacionado con la participación en acciones laborales directas»',
      { op: { kind: 'delete', find: 'Ahora bien, ese despido no estaba relacionado con la participación en acciones laborales directas' } },
    ],
    ["Suprímase la palabra 'not'", { op: { kind: 'delete', find: 'not' } }],
    ['Sustitúyanse las palabras «tenga en cuenta» por las palabras «dé efecto a»', { op: { kind: 'replace', find: 'tenga en cuenta', with: 'dé efecto a' } }],
    ['SUSTITÚYASE LA PALABRA “continuaba” POR ‘continúa’.', { op: { kind: 'replace', find: 'continuaba', with: 'continúa' } }],
    ['Suprímase el apartado c)', { clause: '(c)', op: { kind: 'delete_clause' } }],
    ['Sustitúyase el apartado por el texto siguiente: «tomó nota del informe»', { op: { kind: 'replace_clause', text: 'tomó nota del informe' } }],
    [
      'Añádase un nuevo apartado después del apartado (b), con el texto siguiente: «pidió al Director General que le presente un informe»',
      { op: { kind: 'add_clause', after: '(b)', text: 'pidió al Director General que le presente un informe' } },
    ],
    [
      'Añádase un nuevo apartado al final, que diga: «decidió volver a examinar la cuestión»',
      { op: { kind: 'add_clause', text: 'decidió volver a examinar la cuestión' } },
    ],
    [
      'Al final del apartado b), añádanse las palabras siguientes: «y de sus mandantes»',
      { clause: '(b)', op: { kind: 'insert', at: 'end', text: 'y de sus mandantes' } },
    ],
    ['En el apartado a), suprímase la palabra «incluso»', { clause: '(a)', op: { kind: 'delete', find: 'incluso' } }],
  ])('%s', (instruction, parsed) => expect(parseInstruction(instruction, 'es')).toEqual(parsed));
});

describe('never guessing, in French and Spanish', () => {
  it.each<[Language, string, string]>([
    ['fr', 'Supprimer les mots « en particulier', 'the quotation that opens with « is never closed'],
    ['es', 'Suprímanse las palabras «en particular', 'the quotation that opens with « is never closed'],
    ['fr', 'À l’alinéa b), supprimer l’alinéa a)', 'it names subparagraph (b) and subparagraph (a)'],
    ['es', 'En el apartado b), suprímase el apartado a)', 'it names subparagraph (b) and subparagraph (a)'],
    ['fr', 'Supprimer le mot « notamment » et le reste', 'there are words after the instruction'],
    ['es', 'Suprímase la palabra «incluso» también', 'there are words after the instruction'],
    ['fr', 'Supprimer le mot « notamment » (dernière occurrence)', '"(dernière occurrence)" names no occurrence'],
    ['fr', 'Remplacer les mots « x » « y »', 'expected "par"'],
    ['es', 'Después de las palabras «x» pónganse las palabras «y»', 'expected "insértese"'],
    ['fr', 'Ajouter un nouvel alinéa après l’alinéa b) « x »', 'expected "libellé comme suit"'],
    ['es', 'Añádase un nuevo apartado después de «x»', 'expected the subparagraph after which to add, e.g. "el apartado b)"'],
    ['fr', 'Mettre « x » quelque part', 'it begins with none of the forms'],
    // An instruction is read in the language it is filed in: another language's words are no form.
    ['fr', 'delete the word "x"', 'it begins with none of the forms'],
    ['es', 'Supprimer le mot « x »', 'it begins with none of the forms'],
    ['en', 'Suprímase la palabra «x»', 'it begins with none of the forms'],
  ])('%s: %s is refused: %s', (lang, instruction, why) => {
    const e = refusal(() => parseInstruction(instruction, lang));
    expect(e.code).toBe('AMENDMENT.INSTRUCTION_NOT_UNDERSTOOD');
    expect(e.message).toContain(`(${why})`);
    expect(e.details).toEqual({ forms: instructionForms(lang) });
  });
  it('lists the forms in the language used', () => {
    expect(instructionForms('fr')).toContain('supprimer le(s) mot(s) « … »');
    expect(instructionForms('es')).toContain('suprímase/suprímanse la(s) palabra(s) «…»');
    expect(instructionForms()).toContain('delete the word(s) "…"');
    for (const lang of LANGUAGES) expect(instructionForms(lang)).toHaveLength(9);
  });
  it('knows its languages', () => {
    expect(LANGUAGES.filter(isLanguage)).toEqual(['en', 'fr', 'es']);
    expect(['EN', 'de', '', null, 1].some(isLanguage)).toBe(false);
  });
});
