import type { groups as en } from '../en/groups';

/** Les groupes par leur nom, et qui a présenté quoi, dans les mots du Conseil d’administration. */
export const groups: Record<keyof typeof en, string> = {
  'group.EMP': 'groupe des employeurs',
  'group.WKR': 'groupe des travailleurs',
  'group.GOV': 'groupe gouvernemental',
  'group.AFRICA': 'groupe de l’Afrique',
  'group.ASPAG': 'groupe de l’Asie et du Pacifique (GASPAC)',
  'group.GRULAC': 'groupe des États d’Amérique latine et des Caraïbes (GRULAC)',
  'group.IMEC': 'groupe des pays industrialisés à économie de marché (PIEM)',
  'group.EEG': 'groupe de l’Europe orientale',
  'credit.moved': '{onBehalf, select, self {présenté par le gouvernement ({country})} other {présenté par le {group}}}',
  'credit.movedHeading': '{onBehalf, select, self {Présenté par le gouvernement ({country})} other {Présenté par le {group}}}',
  'credit.office': 'proposé par le Bureau',
  'credit.proposed': 'proposé par le {group}',
  'credit.subamendedBy': 'tel que sous-amendé par {number} ({group})',
  'credit.government': 'gouvernement – {country}',
};
