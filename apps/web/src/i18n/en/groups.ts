/** The constituent groups by name (the API sends codes), and credit in the Governing Body's words. */
export const groups = {
  'group.EMP': 'Employers’ group',
  'group.WKR': 'Workers’ group',
  'group.GOV': 'Government group',
  'group.AFRICA': 'Africa group',
  'group.ASPAG': 'Asia and Pacific group (ASPAG)',
  'group.GRULAC': 'Group of Latin American and Caribbean Countries (GRULAC)',
  'group.IMEC': 'Industrialized market economy countries group (IMEC)',
  'group.EEG': 'Eastern European group',
  'credit.moved': '{onBehalf, select, self {moved by the Government of {country}} other {moved by the {group}}}',
  'credit.movedHeading': '{onBehalf, select, self {Moved by the Government of {country}} other {Moved by the {group}}}',
  'credit.office': 'proposed by the Office',
  'credit.proposed': 'proposed by the {group}',
  'credit.subamendedBy': 'as sub-amended by {number} ({group})',
  'credit.government': 'Government of {country}',
};
