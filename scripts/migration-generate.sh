#!/usr/bin/env bash
# npm run migration:generate -- <Name>: diff the entities against a scratch database
# migrated to head, write migrations/<timestamp>-<Name>.ts and list it in migrations/index.ts.
set -euo pipefail
name=${1:?usage: npm run migration:generate -- <Name>}
: "${DATABASE_URL:?set DATABASE_URL to a server where a scratch database may be created}"
cd "$(dirname "$0")/.."
npm run --silent build
scratch="gbdw_migrate_$$"
admin=$(node -e 'const u=new URL(process.argv[1]);u.pathname="/postgres";console.log(u.href)' "$DATABASE_URL")
url=$(node -e 'const u=new URL(process.argv[1]);u.pathname="/"+process.argv[2];console.log(u.href)' "$DATABASE_URL" "$scratch")
psql "$admin" -qc "CREATE DATABASE $scratch"
trap 'psql "$admin" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"' EXIT
DATABASE_URL=$url npx typeorm migration:run -d dist/apps/api/src/database/data-source.js >/dev/null
DATABASE_URL=$url npx typeorm migration:generate "migrations/$name" -d dist/apps/api/src/database/data-source.js --pretty
node scripts/migrations-index.mjs
