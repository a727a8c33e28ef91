import { describe, expect, it } from '@jest/globals';
import type { GroupKind } from '../database/entities/group.entity.js';
import { readParticipants } from './member-csv.js';

const GROUPS = new Map<string, GroupKind>([
  ['EMP', 'employers'],
  ['WKR', 'workers'],
  ['GOV', 'government'],
  ['AFRICA', 'regional'],
]);
const HEADER = 'name,email,role,group,country,standing,language';

describe('reading a list of participants', () => {
  it('maps the issue’s roles onto the service’s: Chair and Officers act as the chair, an adviser is a member, the Office’s staff the secretariat', () => {
    const csv = [
      // The columns in any order, their names in any case.
      'Language,name,EMAIL,role,group,country,standing',
      'fr,Mme Officer,Officer@Example.org,officer,,,',
      ',Mr Adviser,adviser@example.org,Adviser,wkr,,',
      'es,Ms Office,office@example.org,office,,,',
      'en,Ms Africa,africa@example.org,member,AFRICA,ken,Titular',
    ].join('\r\n');
    expect(readParticipants(csv, GROUPS)).toEqual({
      rows: [
        { line: 2, name: 'Mme Officer', email: 'officer@example.org', role: 'chair', groupCode: null, country: null, standing: null, language: 'fr' },
        { line: 3, name: 'Mr Adviser', email: 'adviser@example.org', role: 'member', groupCode: 'WKR', country: null, standing: 'adviser', language: 'en' },
        { line: 4, name: 'Ms Office', email: 'office@example.org', role: 'secretariat', groupCode: null, country: null, standing: null, language: 'es' },
        { line: 5, name: 'Ms Africa', email: 'africa@example.org', role: 'member', groupCode: 'AFRICA', country: 'KEN', standing: 'titular', language: 'en' },
      ],
      problems: [],
    });
  });

  it('names every problem by line and column', () => {
    const csv = [
      HEADER,
      '"Ms ""Quoted"", Jr",quoted@example.org,observer,,,,',
      ',blank@example.org,observer,,,,',
      'Mr Adviser,adviser@example.org,adviser,WKR,,titular,',
      'Mr Bad Country,country@example.org,member,GOV,France,,',
      'Ms Chair,chair@example.org,chair,EMP,,,',
    ].join('\n');
    expect(readParticipants(csv, GROUPS).problems).toEqual([
      { line: 3, field: 'name', message: 'missing' },
      { line: 4, field: 'standing', message: 'an adviser has the standing adviser, not titular' },
      { line: 5, field: 'country', message: '"France" is not an ISO 3166 alpha-3 code such as FRA' },
      { line: 6, field: 'group', message: 'only members belong to a group, not a chair' },
    ]);
  });

  it('a file with no participant, or not CSV at all, is named as such', () => {
    expect(readParticipants(`${HEADER}\n`, GROUPS).problems).toEqual([
      { line: 1, field: 'csv', message: 'a header line and at least one participant are needed' },
    ]);
    expect(readParticipants(`${HEADER}\n"unclosed,a@b.org,observer,,,,\n`, GROUPS).problems).toEqual([expect.objectContaining({ field: 'csv' })]);
  });
});
