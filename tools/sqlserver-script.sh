#!/usr/bin/env bash
# Writes the idempotent SQL Server script a DBA runs to create or upgrade the database (no server needed).
# Usage: tools/sqlserver-script.sh [output.sql]   (default: artifacts/sqlserver-migrate.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/sqlserver-migrate.sql}"
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/FangchengCredit.Migrations.SqlServer \
  --startup-project src/FangchengCredit.Web \
  --output "$out" \
  -- --Database:Provider SqlServer --ConnectionStrings:Default "Server=localhost;Database=FangchengCredit;Trusted_Connection=True;TrustServerCertificate=True" --Serilog:FilePath ""
echo "SQL Server script written to $out"
