import fs from 'node:fs';
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * The repository root, whether running from sources or from a build (dist/, or the tests' .build/test/): the first
 * folder up whose package.json declares the workspaces (apps/api has a package.json of its own).
 */
export const PROJECT_ROOT = (() => {
  const isRoot = (dir: string) => {
    const file = path.join(dir, 'package.json');
    return fs.existsSync(file) && 'workspaces' in JSON.parse(fs.readFileSync(file, 'utf8'));
  };
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (path.dirname(dir) !== dir && !isRoot(dir)) dir = path.dirname(dir);
  return dir;
})();

class EnvironmentVariables {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @IsString()
  DATA_DIR = path.join(PROJECT_ROOT, '.data');

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'BOOTSTRAP_TOKEN must be at least 32 characters' })
  BOOTSTRAP_TOKEN?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  /**
   * The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses or CIDRs, comma-separated, as
   * Fastify's trustProxy takes them); unset, none: a client naming another address in X-Forwarded-For is still itself.
   */
  @IsOptional()
  @Matches(/^[0-9a-fA-F.:/,\s]+$/, { message: 'TRUST_PROXY must list addresses or CIDRs, comma-separated, e.g. 127.0.0.1,10.0.0.0/8' })
  TRUST_PROXY?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_PER_MINUTE = 600;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 20;

  @IsOptional()
  @IsIn(['true', 'false'])
  DEMO_DATA?: 'true' | 'false';

  /** Where people open the app (its origin): passkeys are bound to its host name, and sign-in links point to it. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+\/?$/, { message: 'PUBLIC_URL must be an origin such as https://gb.example.org' })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM = 'GB Decision Workflow <no-reply@localhost>';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  SIGN_IN_LINK_HOURS = 72;
}

export type AppConfig = Readonly<{
  databaseUrl?: string;
  port: number;
  host: string;
  dataDir: string;
  embeddedPgPort: number;
  bootstrapToken?: string;
  logLevel: string;
  bodyLimitBytes: number;
  /** The proxies whose forwarded headers are believed (TRUST_PROXY), or none. */
  trustProxy: string | false;
  rateLimitWritesPerMinute: number;
  dbPoolSize: number;
  /** Seed document, demo principals and demo adjustments; default on for the embedded server. */
  demoData: boolean;
  /** The origin people open the app at (PUBLIC_URL, else http://localhost:PORT): a passkey's relying party, where sign-in links point. */
  publicUrl: string;
  /** Where mail goes; unset: written to files under dataDir/mail (see MailService). */
  smtpUrl?: string;
  mailFrom: string;
  signInLinkHours: number;
}>;

/** Reads and validates the environment; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const vars = plainToInstance(EnvironmentVariables, raw, { enableImplicitConversion: false });
  const errors = validateSync(vars, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    databaseUrl: vars.DATABASE_URL,
    port: vars.PORT,
    host: vars.HOST,
    dataDir: path.resolve(vars.DATA_DIR),
    embeddedPgPort: vars.EMBEDDED_PG_PORT,
    bootstrapToken: vars.BOOTSTRAP_TOKEN,
    logLevel: vars.LOG_LEVEL,
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    trustProxy: vars.TRUST_PROXY?.trim() || false,
    rateLimitWritesPerMinute: vars.RATE_LIMIT_WRITES_PER_MINUTE,
    dbPoolSize: vars.DB_POOL_SIZE,
    demoData: vars.DEMO_DATA ? vars.DEMO_DATA === 'true' : !vars.DATABASE_URL,
    publicUrl: new URL(vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).origin,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    signInLinkHours: vars.SIGN_IN_LINK_HOURS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
