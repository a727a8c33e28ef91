import type { groups as en } from '../en/groups';

/** Los grupos por su nombre, y quién presentó qué, en las palabras del Consejo de Administración. */
export const groups: Record<keyof typeof en, string> = {
  'group.EMP': 'Grupo de los Empleadores',
  'group.WKR': 'Grupo de los Trabajadores',
  'group.GOV': 'Grupo Gubernamental',
  'group.AFRICA': 'Grupo de África',
  'group.ASPAG': 'Grupo de Asia y el Pacífico (ASPAG)',
  'group.GRULAC': 'Grupo de América Latina y el Caribe (GRULAC)',
  'group.IMEC': 'Grupo de los países industrializados con economía de mercado (PIEM)',
  'group.EEG': 'Grupo de Europa Oriental',
  'credit.moved': '{onBehalf, select, self {presentada por el Gobierno ({country})} other {presentada por el {group}}}',
  'credit.movedHeading': '{onBehalf, select, self {Presentada por el Gobierno ({country})} other {Presentada por el {group}}}',
  'credit.office': 'propuesto por la Oficina',
  'credit.proposed': 'propuesto por el {group}',
  'credit.subamendedBy': 'en su forma subenmendada por {number} ({group})',
  'credit.government': 'Gobierno de {country}',
};
