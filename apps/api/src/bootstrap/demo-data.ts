import fs from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Principal } from '../members/principal.entity.js';
import { PrincipalsService } from '../members/principals.service.js';

const GROUP_MEMBERS: { groupCode: string; name: string; country?: string }[] = [
  { groupCode: 'EMP', name: "Employers' group delegate" },
  { groupCode: 'WKR', name: "Workers' group delegate" },
  { groupCode: 'GOV', name: 'Government group delegate (France)', country: 'FRA' },
  { groupCode: 'AFRICA', name: 'Africa group delegate (Kenya)', country: 'KEN' },
  { groupCode: 'ASPAG', name: 'Asia and Pacific group delegate (Philippines)', country: 'PHL' },
  { groupCode: 'GRULAC', name: 'GRULAC delegate (Brazil)', country: 'BRA' },
  { groupCode: 'IMEC', name: 'IMEC delegate (Canada)', country: 'CAN' },
  { groupCode: 'EEG', name: 'Eastern European group delegate (Poland)', country: 'POL' },
];

export interface DemoToken {
  role: string;
  groupCode: string | null;
  name: string;
  token: string;
}

/**
 * On the first start of a demo database, one principal per role and one member per group.
 * Their tokens are printed once and kept in `<dataDir>/demo-tokens.json` (0600) so the
 * next start can say where they are; real principals are never written anywhere.
 */
export async function ensureDemoPrincipals(app: INestApplication, dataDir: string): Promise<{ created: boolean; file: string; tokens: DemoToken[] }> {
  const db = app.get<DataSource>(getDataSourceToken());
  const file = path.join(dataDir, 'demo-tokens.json');
  if (await db.getRepository(Principal).existsBy({ demo: true })) {
    const tokens = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoToken[]) : [];
    return { created: false, file, tokens };
  }
  const principals = app.get(PrincipalsService);
  const specs = [
    { name: 'Clerk of the Governing Body', role: 'secretariat' as const },
    { name: 'Chairperson of the Governing Body', role: 'chair' as const },
    { name: 'Accredited observer', role: 'observer' as const },
    ...GROUP_MEMBERS.map((g) => ({ ...g, role: 'member' as const })),
  ];
  const tokens = await db.transaction(async (m) => {
    const out: DemoToken[] = [];
    for (const spec of specs) {
      const p = await principals.createIn(m, null, { ...spec, demo: true });
      out.push({ role: p.role, groupCode: p.groupCode, name: p.name, token: p.token });
    }
    return out;
  });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(tokens, null, 2), { mode: 0o600 });
  return { created: true, file, tokens };
}
