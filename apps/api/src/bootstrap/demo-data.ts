import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../config/app-config.js';
import { GbDocumentRow } from '../database/entities/document.entity.js';
import { Principal } from '../database/entities/principal.entity.js';
import { DocumentImportService } from '../documents/document-import.service.js';
import { DocumentVersionsService } from '../documents/document-versions.service.js';
import { PrincipalsService } from '../members/principals.service.js';
import { AdjustmentsService } from '../plan/adjustments.service.js';
import { PlanService } from '../plan/plan.service.js';

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

/** The file of one database's demo tokens: named by the server and database it names, so two databases started from one folder never print each other's. */
async function tokenFile(db: DataSource, dataDir: string): Promise<string> {
  const [row] = await db.query(
    `SELECT current_database() AS name, coalesce(host(inet_server_addr()), 'socket') AS host, coalesce(inet_server_port(), 0) AS port`,
  );
  const key = createHash('sha256').update(`${row.host}:${row.port}/${row.name}`).digest('hex').slice(0, 12);
  return path.join(dataDir, `demo-tokens.${String(row.name).replace(/[^A-Za-z0-9_-]/g, '_')}-${key}.json`);
}

/**
 * On the first start of a demo database, one principal per role and one member per group.
 * Their tokens are printed once and kept in `<dataDir>/demo-tokens.<database>-<key>.json` (0600)
 * so the next start can say where they are; only those the database still knows are printed
 * again. Real principals are never written anywhere.
 */
export async function ensureDemoPrincipals(app: INestApplication, dataDir: string): Promise<{ created: boolean; file: string; tokens: DemoToken[] }> {
  const db = app.get<DataSource>(getDataSourceToken());
  const file = await tokenFile(db, dataDir);
  const principals = app.get(PrincipalsService);
  if (await db.getRepository(Principal).existsBy({ demo: true })) {
    const kept = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoToken[]) : [];
    const known = await Promise.all(kept.map(async (t) => ((await principals.authenticate(t.token)) ? t : null)));
    return { created: false, file, tokens: known.filter((t): t is DemoToken => t !== null) };
  }
  const specs = [
    { name: 'Clerk of the Governing Body', role: 'secretariat' as const },
    { name: 'Chairperson of the Governing Body', role: 'chair' as const },
    { name: 'Accredited observer', role: 'observer' as const },
    // Each group's demo delegate holds a titular seat, so a record vote can be tried on the demo.
    ...GROUP_MEMBERS.map((g) => ({ ...g, role: 'member' as const, standing: 'titular' as const })),
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

export const SEED_DOCUMENT = path.join(PROJECT_ROOT, 'apps', 'api', 'data', 'GB.335-POL-1(Rev.).txt');
/** Its French and Spanish versions: written for this project, not by the Office (libs/gb-document/test/fixtures/README.md). */
const SEED_VERSIONS = (['fr', 'es'] as const).map((lang) => ({ lang, file: SEED_DOCUMENT.replace(/\.txt$/, `.${lang}.txt`) }));

/** Office adjustments drawn from the seed's own paragraphs, marked as demo data. */
const DEMO_ADJUSTMENTS: { code: string; kind: 'adjust' | 'add'; text: string; rationale: string; sourceParagraphs: number[] }[] = [
  {
    code: '15',
    kind: 'adjust',
    text: 'Replace the references to the Global Migration Group (GMG) in points 15 and 16 by the United Nations Network on Migration, which replaces it.',
    rationale: 'Paragraph 21: the Network replaces the former Global Migration Group mentioned in points 15 and 16 of the plan of action.',
    sourceParagraphs: [21],
  },
  {
    code: '16',
    kind: 'add',
    text: 'Address the intersection of employment, climate change and migration, including with the Secretariat of the UN Convention to Combat Desertification and the UNFCCC Task Force on Displacement.',
    rationale:
      'Paragraph 18: the ILO is expanding its work on natural disasters, the adverse effects of climate change and environmental degradation as drivers of migration.',
    sourceParagraphs: [18],
  },
  {
    code: '16',
    kind: 'adjust',
    text: 'Deepen partnerships within the UN system through joint agency work in the United Nations Network on Migration and its Executive Committee.',
    rationale: 'Paragraph 24: the new structures could imply more joint agency work than the plan of action envisaged.',
    sourceParagraphs: [24],
  },
];

/** On a database without documents, imports the seed (parsed from its shipped text), its French and Spanish versions, and the demo adjustments. */
export async function ensureSeedDocument(app: INestApplication): Promise<string | null> {
  const db = app.get<DataSource>(getDataSourceToken());
  if (await db.getRepository(GbDocumentRow).exists()) return null;
  const doc = await app.get(DocumentImportService).import(null, fs.readFileSync(SEED_DOCUMENT, 'utf8'));
  for (const v of SEED_VERSIONS) await app.get(DocumentVersionsService).import(doc.id, v.lang, null, fs.readFileSync(v.file, 'utf8'));
  const plan = app.get(PlanService);
  const adjustments = app.get(AdjustmentsService);
  await db.transaction(async (m) => {
    for (const a of DEMO_ADJUSTMENTS) {
      const point = await plan.findPoint(m, a.code, doc.baseSymbol);
      await adjustments.proposeIn(m, point, null, { kind: a.kind, text: a.text, rationale: a.rationale, sourceParagraphs: a.sourceParagraphs }, true);
    }
  });
  return doc.symbol;
}
