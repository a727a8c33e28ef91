/**
 * The French and Spanish versions of the seed used as fixtures, made from the seed itself so they keep its
 * structure line for line: written for this project, not by the Office (see fixtures/README.md). The cover, the
 * headings, the linkage table's words and the draft decision are translated; the other paragraphs keep the
 * seed's English words but cite plan points as French and Spanish documents write them ("points 12 a), 13 d)
 * et 14 a)"), so the reader's own reading of those citations is what the tests align.
 */
import type { DocumentLanguage } from '../src/index.js';

type Words = Record<string, string>;

const COVER: Record<'fr' | 'es', Words> = {
  fr: {
    'Governing Body': 'Conseil d’administration',
    '335th Session, Geneva, 14–28 March 2019': '335e session, Genève, 14-28 mars 2019',
    'Policy Development Section': 'Section de l’élaboration des politiques',
    'Employment and Social Protection Segment': 'Segment de l’emploi et de la protection sociale',
    'Date: 15 March 2019': 'Date: 15 mars 2019',
    'Original: English': 'Original: anglais',
    'FIRST ITEM ON THE AGENDA': 'PREMIÈRE QUESTION À L’ORDRE DU JOUR',
    'Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration':
      'Réexamen du plan d’action relatif à la gouvernance des migrations de main-d’œuvre à la lumière du Pacte mondial pour des migrations sûres, ordonnées et régulières',
    'Purpose of the document': 'Objet du document',
    'Relevant strategic objective: All.': 'Objectif stratégique pertinent: Tous.',
    'Main relevant outcome/cross-cutting policy driver: Outcome 9: Fair and effective international labour migration and mobility.':
      'Principal résultat/facteur transversal pertinent: Résultat 9: Des migrations internationales de main-d’œuvre et une mobilité équitables et efficaces.',
    'Legal implications: None.': 'Incidences juridiques: Aucune.',
    'Follow-up action required: The Office will take into consideration the guidance provided by the Governing Body in pursuing the plan of action.':
      'Suivi nécessaire: Le Bureau tiendra compte des orientations fournies par le Conseil d’administration dans la mise en œuvre du plan d’action.',
    'Author unit: Conditions of Work and Equality Department (WORKQUALITY)/Labour Migration Branch (MIGRANT).':
      'Unité auteur: Département des conditions de travail et de l’égalité (WORKQUALITY)/Service des migrations de main-d’œuvre (MIGRANT).',
    Introduction: 'Introduction',
    'A shared vision: Key principles of labour migration governance': 'Une vision commune: principes clés de la gouvernance des migrations de main-d’œuvre',
    'GCM objectives and ILO priority work': 'Objectifs du Pacte mondial et travaux prioritaires de l’OIT',
    "GCM implementation mechanisms and the ILO's role in migration governance at the global level":
      'Mécanismes de mise en œuvre du Pacte mondial et rôle de l’OIT dans la gouvernance des migrations au niveau mondial',
    'Draft decision': 'Projet de décision',
    Appendix: 'Annexe',
    "Overview of linkages between the ILO's plan of action on labour migration governance and the Global Compact for Safe, Orderly and Regular Migration":
      'Aperçu des liens entre le plan d’action de l’OIT relatif à la gouvernance des migrations de main-d’œuvre et le Pacte mondial pour des migrations sûres, ordonnées et régulières',
  },
  es: {
    'Governing Body': 'Consejo de Administración',
    '335th Session, Geneva, 14–28 March 2019': '335.ª reunión, Ginebra, 14-28 de marzo de 2019',
    'Policy Development Section': 'Sección de Formulación de Políticas',
    'Employment and Social Protection Segment': 'Segmento de Empleo y Protección Social',
    'Date: 15 March 2019': 'Fecha: 15 de marzo de 2019',
    'Original: English': 'Original: inglés',
    'FIRST ITEM ON THE AGENDA': 'PRIMER PUNTO DEL ORDEN DEL DÍA',
    'Revisiting the plan of action on labour migration governance in consideration of the Global Compact for Safe, Orderly and Regular Migration':
      'Examen del plan de acción sobre la gobernanza de la migración laboral a la luz del Pacto Mundial para la Migración Segura, Ordenada y Regular',
    'Purpose of the document': 'Finalidad del documento',
    'Relevant strategic objective: All.': 'Objetivo estratégico pertinente: Todos.',
    'Main relevant outcome/cross-cutting policy driver: Outcome 9: Fair and effective international labour migration and mobility.':
      'Resultado más pertinente/factor transversal de política: Resultado 9: Migración laboral y movilidad internacionales equitativas y eficaces.',
    'Legal implications: None.': 'Repercusiones jurídicas: Ninguna.',
    'Follow-up action required: The Office will take into consideration the guidance provided by the Governing Body in pursuing the plan of action.':
      'Seguimiento requerido: La Oficina tendrá en cuenta las orientaciones proporcionadas por el Consejo de Administración al aplicar el plan de acción.',
    'Author unit: Conditions of Work and Equality Department (WORKQUALITY)/Labour Migration Branch (MIGRANT).':
      'Unidad autora: Departamento de Condiciones de Trabajo e Igualdad (WORKQUALITY)/Servicio de Migraciones Laborales (MIGRANT).',
    Introduction: 'Introducción',
    'A shared vision: Key principles of labour migration governance':
      'Una visión compartida: principios fundamentales de la gobernanza de la migración laboral',
    'GCM objectives and ILO priority work': 'Objetivos del Pacto Mundial y labor prioritaria de la OIT',
    "GCM implementation mechanisms and the ILO's role in migration governance at the global level":
      'Mecanismos de aplicación del Pacto Mundial y función de la OIT en la gobernanza de la migración a nivel mundial',
    'Draft decision': 'Proyecto de decisión',
    Appendix: 'Anexo',
    "Overview of linkages between the ILO's plan of action on labour migration governance and the Global Compact for Safe, Orderly and Regular Migration":
      'Panorama de los vínculos entre el plan de acción de la OIT sobre la gobernanza de la migración laboral y el Pacto Mundial para la Migración Segura, Ordenada y Regular',
  },
};

/** The cover lines that begin with a label and go on with the Office's words: label and words both translated. */
const LABELLED: Record<'fr' | 'es', Words> = {
  fr: {
    'Policy implications: ':
      'Incidences sur le plan des politiques: À la suite de l’adoption, en décembre 2018, du Pacte mondial pour des migrations sûres, ordonnées et régulières, indications supplémentaires sur les domaines prioritaires de l’action du Bureau en matière de migrations de main-d’œuvre pour la période 2018-2022.',
    'Financial implications: ':
      'Incidences financières: Incidences sur les futures propositions de programme et de budget au-delà de 2018-19. La mise en œuvre du plan d’action nécessite la mobilisation de ressources extrabudgétaires.',
    'Related documents: ':
      'Documents connexes: GB.331/INS/4/1(Rev.); Résolution et conclusions concernant une gouvernance équitable et efficace des migrations de main-d’œuvre, 2017; Rapport IV, Conférence internationale du Travail, 106e session, 2017; Rapport du Directeur général, Rapport I(B), Conférence internationale du Travail, 103e session, 2014.',
    'This document reports':
      'Le présent document rend compte du plan d’action quinquennal (2018-2022) qui donne effet aux conclusions de la discussion générale sur une gouvernance équitable et efficace des migrations de main-d’œuvre, et en examine les incidences sur les priorités stratégiques de l’OIT après l’adoption du Pacte mondial par l’Assemblée générale des Nations Unies en décembre 2018.',
    'In the present document':
      'Le Conseil d’administration est invité à fournir des orientations sur la nécessité éventuelle d’ajuster le plan d’action de l’OIT afin qu’elle appuie efficacement la mise en œuvre du Pacte mondial (voir le projet de décision au paragraphe 26).',
  },
  es: {
    'Policy implications: ':
      'Repercusiones en materia de políticas: Tras la adopción, en diciembre de 2018, del Pacto Mundial para la Migración Segura, Ordenada y Regular, nuevas indicaciones sobre las esferas prioritarias de la acción de la Oficina en materia de migración laboral durante el periodo 2018-2022.',
    'Financial implications: ':
      'Repercusiones financieras: Repercusiones en las futuras propuestas de programa y presupuesto posteriores a 2018-2019. La aplicación del plan de acción requiere la movilización de recursos extrapresupuestarios.',
    'Related documents: ':
      'Documentos conexos: GB.331/INS/4/1(Rev.); Resolución y conclusiones relativas a la gobernanza equitativa y eficaz de la migración laboral, 2017; Informe IV, Conferencia Internacional del Trabajo, 106.ª reunión, 2017; Memoria del Director General, Informe I (B), Conferencia Internacional del Trabajo, 103.ª reunión, 2014.',
    'This document reports':
      'En el presente documento se informa sobre el plan de acción quinquenal (2018-2022) por el que se da efecto a las conclusiones de la discusión general sobre la gobernanza equitativa y eficaz de la migración laboral, y se examinan sus repercusiones en las prioridades estratégicas de la OIT tras la adopción del Pacto Mundial por la Asamblea General de las Naciones Unidas en diciembre de 2018.',
    'In the present document':
      'Se invita al Consejo de Administración a que proporcione orientaciones sobre la eventual necesidad de ajustar el plan de acción de la OIT para que apoye eficazmente la aplicación del Pacto Mundial (véase el proyecto de decisión en el párrafo 26).',
  },
};

/** The draft decision of paragraph 26: the lines that replace the seed's three. */
export const DRAFT_DECISION: Record<'fr' | 'es', string[]> = {
  fr: [
    '26. *Le Conseil d’administration:*',
    '- a) *a indiqué que le plan d’action de l’OIT (2018-2022) continuait de refléter les priorités de l’Organisation en matière de migrations de main-d’œuvre, notamment pour appuyer la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières;*',
    '- b) *a invité le Directeur général à tenir compte de ses orientations dans la mise en œuvre du plan d’action de l’OIT, à renforcer encore les partenariats de l’OIT avec d’autres organismes, tels que ceux qui font partie du Réseau des Nations Unies sur les migrations, en particulier sur le terrain, y compris au sein des équipes de pays des Nations Unies, et à promouvoir le dialogue social et le tripartisme dans la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.*',
  ],
  es: [
    '26. *El Consejo de Administración:*',
    '- a) *indicó que el plan de acción de la OIT (2018-2022) seguía reflejando las prioridades de la Organización en materia de migración laboral, en particular para apoyar la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular, y*',
    '- b) *invitó al Director General a que tuviera en cuenta sus orientaciones al aplicar el plan de acción de la OIT, a que siguiera reforzando las alianzas de la OIT con otros organismos, como los que integran la Red de las Naciones Unidas sobre la Migración, en particular sobre el terreno, incluso en el marco de los equipos de las Naciones Unidas en los países, y a que promoviera el diálogo social y el tripartismo en la aplicación del Pacto Mundial para la Migración Segura, Ordenada y Regular.*',
  ],
};

/** The linkage table's cells: the header (printed twice) and the marks' notes. */
const CELLS: Record<'fr' | 'es', Words> = {
  fr: {
    'Global Compact for Safe, Orderly and Regular Migration objectives': 'Objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières',
    "Addressed through work envisioned in the ILO's plan of action": 'Pris en compte dans les travaux prévus par le plan d’action de l’OIT',
    "Not addressed or addressed indirectly through work related to the ILO's plan of action":
      'Non pris en compte ou pris en compte indirectement dans les travaux liés au plan d’action de l’OIT',
    "X (through the ILO's decent work services)": 'X (grâce aux services de l’OIT en matière de travail décent)',
    "X (through the ILO's Fair Recruitment Initiative)": 'X (grâce à l’Initiative de l’OIT pour un recrutement équitable)',
    "X (through the ILO's Fair Recruitment Initiative and rights-based labour migration frameworks)":
      'X (grâce à l’Initiative de l’OIT pour un recrutement équitable et aux cadres de migration de main-d’œuvre fondés sur les droits)',
    'Indirect link through ILO services on rights-based labour migration frameworks':
      'Lien indirect par les services de l’OIT relatifs aux cadres de migration de main-d’œuvre fondés sur les droits',
    'Indirect link through ILO services on rights-based labour migration frameworks; the ILO also supports migrant resource centres':
      'Lien indirect par les services de l’OIT relatifs aux cadres de migration de main-d’œuvre fondés sur les droits; l’OIT appuie aussi des centres de ressources pour les migrants',
  },
  es: {
    'Global Compact for Safe, Orderly and Regular Migration objectives': 'Objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular',
    "Addressed through work envisioned in the ILO's plan of action": 'Abordados mediante la labor prevista en el plan de acción de la OIT',
    "Not addressed or addressed indirectly through work related to the ILO's plan of action":
      'No abordados o abordados indirectamente mediante la labor relacionada con el plan de acción de la OIT',
    "X (through the ILO's decent work services)": 'X (mediante los servicios de la OIT en materia de trabajo decente)',
    "X (through the ILO's Fair Recruitment Initiative)": 'X (mediante la Iniciativa de la OIT para la Equidad en la Contratación)',
    "X (through the ILO's Fair Recruitment Initiative and rights-based labour migration frameworks)":
      'X (mediante la Iniciativa de la OIT para la Equidad en la Contratación y los marcos de migración laboral basados en los derechos)',
    'Indirect link through ILO services on rights-based labour migration frameworks':
      'Vínculo indirecto mediante los servicios de la OIT sobre marcos de migración laboral basados en los derechos',
    'Indirect link through ILO services on rights-based labour migration frameworks; the ILO also supports migrant resource centres':
      'Vínculo indirecto mediante los servicios de la OIT sobre marcos de migración laboral basados en los derechos; la OIT apoya también centros de recursos para migrantes',
  },
};

const JOINS: Record<'fr' | 'es', { point: string; and: string; or: string }> = {
  fr: { point: 'point', and: ' et ', or: ' ou ' },
  es: { point: 'punto', and: ' y ', or: ' o ' },
};

/** "points 12(a), 13(d) and 14(a)" as the version writes it: "points 12 a), 13 d) et 14 a)", "puntos 12 a), 13 d) y 14 a)". */
function citePoints(line: string, lang: 'fr' | 'es'): string {
  const j = JOINS[lang];
  return line.replace(
    /\bpoint(s?) (\d+(?:\([a-z]\))?(?:(?:, | and | or )\d+(?:\([a-z]\))?)*)/g,
    (_, s: string, list: string) =>
      `${j.point}${s} ${list
        .replace(/\(([a-z])\)/g, ' $1)')
        .replaceAll(' and ', j.and)
        .replaceAll(' or ', j.or)}`,
  );
}

/** The seed in French or Spanish, line for line. */
export function languageVersion(seed: string, lang: 'fr' | 'es'): string {
  let inAppendix = false;
  const out: string[] = [];
  for (const line of seed.split('\n')) {
    const labelled = Object.keys(LABELLED[lang]).find((start) => line.startsWith(start));
    if (line.startsWith('26. ')) out.push(DRAFT_DECISION[lang][0]);
    else if (/^- \([ab]\) /.test(line)) out.push(DRAFT_DECISION[lang][line[3] === 'a' ? 1 : 2]);
    else if (COVER[lang][line] !== undefined) out.push(COVER[lang][line]);
    else if (labelled) out.push(LABELLED[lang][labelled]);
    else if (inAppendix)
      out.push(
        line
          .split('\t')
          .map((cell) => CELLS[lang][cell] ?? cell)
          .join('\t'),
      );
    else out.push(citePoints(line, lang));
    if (line === 'Appendix') inAppendix = true;
  }
  return out.join('\n');
}

/** A version whose structure is not the original's: paragraph 23 left out (the next ones renumbered) and a third clause. */
export function brokenVersion(version: string, lang: DocumentLanguage): string {
  const third =
    lang === 'es'
      ? '- c) *pidió al Director General que le presentara un informe en su 337.ª reunión.*'
      : '- c) *a prié le Directeur général de lui faire rapport à sa 337e session.*';
  const out: string[] = [];
  let renumber = false;
  for (const line of version.split('\n')) {
    const n = /^(\d+)\. /.exec(line);
    if (line.startsWith('23. The establishment of a capacity-building mechanism')) renumber = true;
    else if (n && renumber) out.push(`${Number(n[1]) - 1}.${line.slice(n[1].length + 1)}`);
    else out.push(line);
    if (line.startsWith('- b) ')) out.push(third);
  }
  return out.join('\n');
}
