#!/usr/bin/env bash
# Three nodes of the service on one PostgreSQL database, on this machine (docs/operations.md, "Several nodes").
#
#   bash scripts/run-nodes.sh            # nodes on http://127.0.0.1:5001, :5002, :5003; Ctrl-C stops all three
#
# Environment (all optional):
#   SI_POSTGRES   connection string of the database  (default Host=127.0.0.1;Username=si;Password=si;Database=si)
#   SI_NODES      how many nodes                      (default 3)
#   SI_FIRST_PORT port of node 1, the next ones follow (default 5001)
#   SI_DATA       folder for each node's own data/    (default ./data-nodes; materials and simulators are in the database)
#   SI_CONFIGURATION  build configuration               (default Release)
#   SI_SKIP_BUILD=1   use the binaries already built
#
# PostgreSQL must be running with that role and database; on Debian as root:
#   apt-get install -y postgresql && pg_ctlcluster 15 main start
#   su postgres -c "psql -c \"CREATE ROLE si LOGIN CREATEDB PASSWORD 'si';\"" && su postgres -c "psql -c 'CREATE DATABASE si OWNER si;'"
# Put a load balancer in front (docs/operations.md has an nginx example) or talk to any node directly.
set -euo pipefail
cd "$(dirname "$0")/.."

postgres=${SI_POSTGRES:-"Host=127.0.0.1;Username=si;Password=si;Database=si"}
nodes=${SI_NODES:-3}
first_port=${SI_FIRST_PORT:-5001}
data=${SI_DATA:-data-nodes}

configuration=${SI_CONFIGURATION:-Release}
if [ "${SI_SKIP_BUILD:-0}" != 1 ]; then dotnet build src/Api -c "$configuration" -v quiet -nologo; fi
dll=src/Api/bin/$configuration/net10.0/SocialInsurance.Api.dll
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM

start_node() { # $1 = node number
  local port=$((first_port + $1 - 1))
  mkdir -p "$data/node$1"
  Database__Provider=PostgreSql ConnectionStrings__Workflows="$postgres" \
    dotnet "$dll" --urls="http://127.0.0.1:$port" --Data:Folder="$data/node$1" > "$data/node$1.log" 2>&1 &
  pids+=($!)
  echo "node $1: http://127.0.0.1:$port (log: $data/node$1.log)"
}

wait_ready() { # $1 = node number
  local port=$((first_port + $1 - 1))
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; then return 0; fi
    sleep 1
  done
  echo "node $1 did not become ready; see $data/node$1.log" >&2
  return 1
}

# Node 1 alone first: on a fresh database it creates the schema and seeds the accounts; the others then find them.
start_node 1
wait_ready 1
for n in $(seq 2 "$nodes"); do start_node "$n"; done
for n in $(seq 2 "$nodes"); do wait_ready "$n"; done
echo "all $nodes nodes ready; Ctrl-C stops them"
wait
