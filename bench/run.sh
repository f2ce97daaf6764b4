#!/usr/bin/env bash
# Runs the engine benchmark (our engine on SQLite WAL FULL/NORMAL, WorkflowCore in-memory, raw ADO.NET baseline).
# Usage: bench/run.sh [--instances 10000] [--clients 4] [--sync FULL,NORMAL] [--only engine,wfc,baseline]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then set -- --instances 10000; fi
exec dotnet run -c Release --project bench/Engine.Benchmarks -- --results bench/results "$@"
