import { textProblems } from '@gbdw/drafting';
import type { Role } from '@gbdw/workflow';
import { CsvError, parse } from 'csv-parse/sync';
import { emailKey, emailProblem } from '../common/email-address.js';
import type { GroupKind } from '../database/entities/group.entity.js';
import { MAIL_LANGUAGES, type MailLanguage, STANDINGS, type Standing } from '../database/entities/principal.entity.js';
import { memberProblems } from './member-rules.js';

/** The columns of a list of participants, in any order; a header line names them. */
export const CSV_COLUMNS = ['name', 'email', 'role', 'group', 'country', 'standing', 'language'] as const;

/**
 * The roles a list of participants may name, onto the service's roles (docs/permissions.md): the
 * Chair and Officers act as the chair; an adviser is a member whose standing is adviser; the
 * Office's staff work as the secretariat.
 */
const CSV_ROLES: Record<string, { role: Role; standing?: Standing }> = {
  secretariat: { role: 'secretariat' },
  office: { role: 'secretariat' },
  chair: { role: 'chair' },
  officer: { role: 'chair' },
  member: { role: 'member' },
  adviser: { role: 'member', standing: 'adviser' },
  observer: { role: 'observer' },
};

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  role: Role;
  groupCode: string | null;
  country: string | null;
  standing: Standing | null;
  language: MailLanguage;
}

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

/** Reads a list of participants; every problem is named by its line and field, so a refusal lists them all at once. Pure. */
export function readParticipants(csv: string, groups: ReadonlyMap<string, GroupKind>): { rows: ImportRow[]; problems: ImportProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), info: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], problems: [{ line: (e as CsvError & { lines?: number }).lines ?? 1, field: 'csv', message: e.message }] };
    throw e;
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = records.length ? CSV_COLUMNS.filter((c) => !header.includes(c)) : [];
  if (!records.length) return { rows: [], problems: [{ line: 1, field: 'csv', message: 'a header line and at least one participant are needed' }] };
  if (missing.length) return { rows: [], problems: missing.map((c) => ({ line: 1, field: c, message: `the column ${c} is missing from the header line` })) };
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const lineOfEmail = new Map<string, number>();
  for (const { record: r, info } of records) {
    const line = info.lines;
    const at = (field: string, message: string) => problems.push({ line, field, message });
    const mapped = CSV_ROLES[r.role.toLowerCase()];
    if (!mapped) at('role', `${r.role ? `"${r.role}" is not a role` : 'missing'}: one of ${Object.keys(CSV_ROLES).join(', ')}`);
    if (!r.name) at('name', 'missing');
    else if (r.name.length > 200) at('name', 'longer than 200 characters');
    else for (const p of textProblems(r.name, { clause: false })) at('name', p);
    const email = emailKey(r.email);
    const problem = r.email ? emailProblem(r.email) : 'missing';
    if (problem === 'missing') at('email', problem);
    else if (problem === 'invisible') at('email', `"${r.email}" holds an invisible character (a zero-width space, a joiner, a direction mark…)`);
    else if (problem) at('email', `"${r.email}" is not an e-mail address`);
    else if (lineOfEmail.has(email)) at('email', `${email} is already on line ${lineOfEmail.get(email)}`);
    else lineOfEmail.set(email, line);
    const groupCode = r.group ? r.group.toUpperCase() : null;
    const country = r.country ? r.country.toUpperCase() : null;
    if (country && !/^[A-Z]{3}$/.test(country)) at('country', `"${r.country}" is not an ISO 3166 alpha-3 code such as FRA`);
    let standing = (r.standing.toLowerCase() || null) as Standing | null;
    if (standing && !STANDINGS.includes(standing)) at('standing', `"${r.standing}" is not one of ${STANDINGS.join(', ')}`);
    if (mapped?.standing) {
      if (standing && standing !== mapped.standing) at('standing', `an ${r.role} has the standing ${mapped.standing}, not ${standing}`);
      standing = mapped.standing;
    }
    const language = (r.language.toLowerCase() || 'en') as MailLanguage;
    if (!MAIL_LANGUAGES.includes(language)) at('language', `"${r.language}" is not one of ${MAIL_LANGUAGES.join(', ')}`);
    if (!mapped) continue;
    const shape = { role: mapped.role, groupCode, country, standing };
    for (const p of memberProblems(shape, groupCode ? groups.get(groupCode) : undefined)) at(p.field === 'groupCode' ? 'group' : p.field, p.message);
    rows.push({ line, name: r.name, email, language, ...shape });
  }
  return { rows, problems };
}
