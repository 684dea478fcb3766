#!/usr/bin/env bash
# Start/stop a throw-away Virtuoso 7 on loopback for the `kg push` tests (tests/test_push.py).
#
#   .ci/virtuoso.sh install            # apt-get install virtuoso-opensource-7-bin if virtuoso-t is missing
#   eval "$(.ci/virtuoso.sh start)"    # exports VIRTUOSO_PID, VIRTUOSO_HTTP_PORT, VIRTUOSO_ISQL_PORT,
#                                      # VIRTUOSO_DIR, VIRTUOSO_USER, VIRTUOSO_PASSWORD, VIRTUOSO_URL
#   .ci/virtuoso.sh stop               # stops the server started above (by PID) and removes its folder
#
# The database lives in a fresh temporary folder; the dba password is random; both ports listen on
# 127.0.0.1 only. The Graph Store endpoint is $VIRTUOSO_URL/sparql-graph-crud-auth (digest auth) and
# the query endpoint $VIRTUOSO_URL/sparql.
set -euo pipefail

cmd=${1:-start}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$cmd" in
install)
  if ! command -v virtuoso-t >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends virtuoso-opensource-7-bin >&2
  fi
  ;;
start)
  command -v virtuoso-t >/dev/null 2>&1 || { echo "virtuoso.sh: virtuoso-t not installed (run: $0 install)" >&2; exit 2; }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/kg-virtuoso.XXXXXX")
  http_port=$(free_port)
  isql_port=$(free_port)
  while [ "$isql_port" = "$http_port" ]; do isql_port=$(free_port); done
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$isql_port
DisableUnixSocket    = 1
ServerThreads        = 10
CheckpointInterval   = 60
NumberOfBuffers      = 20000
MaxDirtyBuffers      = 15000
DirsAllowed          = ., $dir
TransactionAfterImageLimit = 500000000

[HTTPServer]
ServerPort            = 127.0.0.1:$http_port
ServerRoot            = $dir
MaxClientConnections  = 8
ServerThreads         = 8
MaxKeepAlives         = 10
KeepAliveTimeout      = 10

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 60
MaxQueryCostEstimationTime = 400
DefaultQuery               = SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }
INI
  (cd "$dir" && exec virtuoso-t -c "$dir/virtuoso.ini" +foreground > "$dir/stdout.log" 2>&1) &
  pid=$!
  echo "$pid" > "$dir/pid"
  for _ in $(seq 1 120); do
    if isql-vt "127.0.0.1:$isql_port" dba dba exec="status();" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "virtuoso.sh: virtuoso-t exited; log:" >&2; cat "$dir/virtuoso.log" >&2 || true; exit 1; fi
    sleep 0.5
  done
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  isql-vt "127.0.0.1:$isql_port" dba dba exec="GRANT SPARQL_UPDATE TO \"dba\"; user_set_password('dba', '$password');" >&2
  for _ in $(seq 1 60); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D', timeout=2)" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "export VIRTUOSO_PID=$pid VIRTUOSO_HTTP_PORT=$http_port VIRTUOSO_ISQL_PORT=$isql_port VIRTUOSO_DIR=$dir"
  echo "export VIRTUOSO_USER=dba VIRTUOSO_PASSWORD=$password VIRTUOSO_URL=http://127.0.0.1:$http_port"
  ;;
stop)
  : "${VIRTUOSO_PID:?set VIRTUOSO_PID (eval the output of '$0 start')}"
  if kill -0 "$VIRTUOSO_PID" 2>/dev/null; then
    kill "$VIRTUOSO_PID"
    for _ in $(seq 1 40); do kill -0 "$VIRTUOSO_PID" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$VIRTUOSO_PID" 2>/dev/null && kill -9 "$VIRTUOSO_PID"
  fi
  if [ -n "${VIRTUOSO_DIR:-}" ] && [ -f "$VIRTUOSO_DIR/virtuoso.ini" ]; then rm -rf "$VIRTUOSO_DIR"; fi
  ;;
*)
  echo "usage: $0 install|start|stop" >&2
  exit 2
  ;;
esac
