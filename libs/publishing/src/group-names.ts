import type { Language } from '@gbdw/drafting';

/**
 * The Governing Body's groups by code, in French and Spanish, in the words the web already shows
 * (apps/web/src/i18n/fr/groups.ts and es/groups.ts): one vocabulary for the screen and the downloads.
 * English names come from the groups table, as they always have.
 */
const GROUP_NAMES: Record<'fr' | 'es', Record<string, string>> = {
  fr: {
    EMP: 'groupe des employeurs',
    WKR: 'groupe des travailleurs',
    GOV: 'groupe gouvernemental',
    AFRICA: 'groupe de l’Afrique',
    ASPAG: 'groupe de l’Asie et du Pacifique (GASPAC)',
    GRULAC: 'groupe des États d’Amérique latine et des Caraïbes (GRULAC)',
    IMEC: 'groupe des pays industrialisés à économie de marché (PIEM)',
    EEG: 'groupe de l’Europe orientale',
  },
  es: {
    EMP: 'Grupo de los Empleadores',
    WKR: 'Grupo de los Trabajadores',
    GOV: 'Grupo Gubernamental',
    AFRICA: 'Grupo de África',
    ASPAG: 'Grupo de Asia y el Pacífico (ASPAG)',
    GRULAC: 'Grupo de América Latina y el Caribe (GRULAC)',
    IMEC: 'Grupo de los países industrializados con economía de mercado (PIEM)',
    EEG: 'Grupo de Europa Oriental',
  },
};

/** A group's name in a language: the table's words for a code it knows, else the name the groups table holds. */
export function groupName(code: string | undefined, name: string, lang: Language = 'en'): string {
  if (lang === 'en' || !code) return name;
  return GROUP_NAMES[lang][code] ?? name;
}
