#!/usr/bin/env bash
# Adds a migration with the same name to all three provider sets (SQLite, SQL Server, PostgreSQL).
# Usage: tools/add-migration.sh <MigrationName>
# No database server is needed: the connection strings below are placeholders the design-time tools never open.
set -euo pipefail
name="${1:?usage: tools/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
declare -A conn=(
  [Sqlite]="Data Source=design-time.db"
  [SqlServer]="Server=localhost;Database=FangchengCredit;Trusted_Connection=True;TrustServerCertificate=True"
  [PostgreSql]="Host=localhost;Database=fangcheng_credit;Username=postgres"
)
for provider in Sqlite SqlServer PostgreSql; do
  echo "== $provider"
  dotnet ef migrations add "$name" \
    --project "src/FangchengCredit.Migrations.$provider" \
    --startup-project src/FangchengCredit.Web \
    --output-dir Migrations \
    -- --Database:Provider "$provider" --ConnectionStrings:Default "${conn[$provider]}" --Serilog:FilePath ""
done
