#!/usr/bin/env bash
# Adds a migration to one store, for both providers (SQLite and PostgreSQL each have their own set).
#   scripts/add-migration.sh CaseService AddPaymentReminders
#   scripts/add-migration.sh Workflow AddInstancePriority
# Then review both generated files, run the persistence tests (docs/operations.md, "Persistence and migrations"),
# and extend the upgrade test's rows when the migration adds a table.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
  echo "usage: $0 <CaseService|Workflow> <MigrationName>" >&2
  exit 2
fi
store=$1
name=$2

case "$store" in
  CaseService)
    project=src/Api; context=CaseServiceDbContext
    folder=Infrastructure/Persistence/Migrations; namespace=SocialInsurance.Api.Infrastructure.Persistence.Migrations ;;
  Workflow)
    project=src/Workflows; context=WorkflowDbContext
    folder=Persistence/Migrations; namespace=SocialInsurance.Workflows.Persistence.Migrations ;;
  *)
    echo "unknown store '$store': CaseService (src/Api) or Workflow (src/Workflows, the engine)" >&2
    exit 2 ;;
esac

dotnet tool restore >/dev/null
dotnet build src/Api -c Debug -p:SkipStudioBuild=true -nologo -v q

# Both providers' snapshots are classes named <Context>ModelSnapshot, and `migrations add` looks for that file name
# anywhere in the project: the other provider's folder is moved out while one provider's migration is scaffolded.
hidden=$(mktemp -d)
restore() { for p in Sqlite PostgreSql; do [ -d "$hidden/$p" ] && mv "$hidden/$p" "$project/$folder/$p"; done; rmdir "$hidden" 2>/dev/null || true; }
trap restore EXIT
for provider in Sqlite PostgreSql; do
  other=$([ "$provider" = Sqlite ] && echo PostgreSql || echo Sqlite)
  [ -d "$project/$folder/$other" ] && mv "$project/$folder/$other" "$hidden/$other"
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project src/Api --context "$context" \
    --output-dir "$folder/$provider" --namespace "$namespace.$provider" \
    -- --provider "$provider"
  # A store's first snapshot lands in a folder named after its namespace: move it beside its migrations.
  find "$project" -name "${context}ModelSnapshot.cs" -not -path "$project/$folder/*" -not -path "*/obj/*" \
    -exec mv {} "$project/$folder/$provider/" \;
  find "$project" -depth -type d -empty -not -path "*/obj/*" -not -path "*/bin/*" -delete
  restore
  hidden=$(mktemp -d)
done
echo "Added $name to $store for SQLite and PostgreSQL under $project/$folder/{Sqlite,PostgreSql}."
