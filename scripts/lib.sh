# shellcheck shell=bash
# Shared helpers for scripts/run and scripts/test. Source it; do not run it.
#
# Everything here is idempotent: each function checks what is already there
# (installed packages, the cluster, a running server) and only does what is
# missing. Long outputs go to log files under .data/; the terminal gets one
# short line per step.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="$ROOT/.data"
TOOLS_DIR="$ROOT/.tools"
SETUP_LOG="$DATA_DIR/setup.log"

PG_PORT="${REINSCRIPTION_PG_PORT:-55432}"
PG_DATA="$DATA_DIR/postgres"
PG_LOG="$DATA_DIR/postgres.log"
MAILDEV_PID_FILE="$DATA_DIR/maildev.pid"
MAILDEV_LOG="$DATA_DIR/maildev.log"
CLAMD_DIR="$DATA_DIR/clamd"
CLAMD_CONF="$CLAMD_DIR/clamd.conf"
CLAMD_PID_FILE="$CLAMD_DIR/clamd.pid"
CLAMD_LOG="$DATA_DIR/clamd.log"

# The only signature the project's clamd knows: the EICAR test file, by MD5 and size. ClamAV's real
# database comes from freshclam, a download, impossible offline; one signature proves the wiring and
# keeps clamd's start to a fraction of a second and about 20 MB.
EICAR_SIGNATURE="44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$DATA_DIR"
# The cluster runs as the unprivileged `postgres` user, which must reach it.
chmod 0755 "$DATA_DIR"

log() { printf '==> %s\n' "$*"; }

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Runs a noisy command with its output appended to .data/setup.log; on failure
# shows the end of that log.
quietly() {
  printf '\n$ %s\n' "$*" >>"$SETUP_LOG"
  if ! "$@" >>"$SETUP_LOG" 2>&1; then
    tail -n 20 "$SETUP_LOG" >&2
    die "'$*' failed (full output in $SETUP_LOG)"
  fi
}

# Exit status 0 when GET url answers 2xx. Uses curl when present, else node
# (a fresh CI machine is only promised the .NET SDK and node/npm).
http_ok() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
  else
    node -e '
      const req = require("http").get(process.argv[1], { timeout: 2000 },
        r => process.exit(r.statusCode >= 200 && r.statusCode < 300 ? 0 : 1));
      req.on("error", () => process.exit(1));
      req.on("timeout", () => { req.destroy(); process.exit(1); });' "$1"
  fi
}

as_postgres() { runuser -u postgres -- "$@"; }

# Sets PG_BIN to the bin directory of the PostgreSQL that made the cluster,
# or of the newest one installed when there is no cluster yet.
find_pg_bin() {
  local wanted="" newest
  if [[ -f "$PG_DATA/PG_VERSION" ]]; then
    wanted="$(cat "$PG_DATA/PG_VERSION")"
    PG_BIN="/usr/lib/postgresql/$wanted/bin"
    [[ -x "$PG_BIN/initdb" ]] && return 0
  fi
  newest="$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)"
  [[ -x "$newest" ]] || return 1
  [[ -z "$wanted" ]] ||
    die "$PG_DATA was made by PostgreSQL $wanted, which is not installed; remove $PG_DATA to start afresh"
  PG_BIN="$(dirname "$newest")"
}

# The unprivileged user that runs a server (`postgres`, `clamav`) must be able
# to traverse every directory above .data. Where one is closed to it (a
# checkout under /root, for instance), grant the search bit only (o+x: no
# listing, no reading).
#   open_path_to_data_dir [USER]   (default: postgres)
open_path_to_data_dir() {
  local user="${1:-postgres}"
  runuser -u "$user" -- test -x "$DATA_DIR" && return 0
  # Top-down, so that each directory is checked once its parents are open.
  local dir="" part parts
  IFS=/ read -r -a parts <<<"${DATA_DIR#/}"
  for part in "${parts[@]}"; do
    dir="$dir/$part"
    if ! runuser -u "$user" -- test -x "$dir"; then
      log "granting traverse permission (o+x) on $dir so the $user user can reach $DATA_DIR"
      chmod o+x "$dir"
    fi
  done
  runuser -u "$user" -- test -x "$DATA_DIR" || die "the $user user cannot reach $DATA_DIR"
}

# Unix socket paths are limited to 107 bytes; a deep checkout gets its socket
# directory under /tmp instead (clients here connect over TCP anyway).
pick_socket_dir() {
  PG_SOCKET_DIR="$DATA_DIR/pg-socket"
  if (( ${#PG_SOCKET_DIR} + ${#PG_PORT} + 12 > 100 )); then
    PG_SOCKET_DIR="/tmp/reinscription-pg-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
  fi
  mkdir -p "$PG_SOCKET_DIR"
  chown postgres: "$PG_SOCKET_DIR"
  chmod 0755 "$PG_SOCKET_DIR"
}

init_cluster() {
  local locale
  log "creating PostgreSQL cluster in $PG_DATA"
  for locale in C.UTF-8 C; do
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    chown postgres: "$PG_DATA"
    chmod 0700 "$PG_DATA"
    printf '\n$ initdb --locale=%s\n' "$locale" >>"$SETUP_LOG"
    if as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres \
      --encoding=UTF8 --locale="$locale" >>"$SETUP_LOG" 2>&1; then
      return 0
    fi
  done
  tail -n 20 "$SETUP_LOG" >&2
  die "initdb failed (full output in $SETUP_LOG)"
}

ensure_postgres() {
  if ! find_pg_bin; then
    log "installing PostgreSQL from Debian packages (log: $SETUP_LOG)"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update
    quietly apt-get install -y --no-install-recommends postgresql
    find_pg_bin || die "PostgreSQL was installed but no /usr/lib/postgresql/*/bin/initdb was found"
  fi

  if ! id -u postgres >/dev/null 2>&1; then
    log "creating system user postgres"
    local group_opt=(--user-group)
    getent group postgres >/dev/null && group_opt=(--gid postgres)
    useradd --system "${group_opt[@]}" --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin postgres
  fi

  open_path_to_data_dir postgres
  pick_socket_dir
  [[ -f "$PG_DATA/PG_VERSION" ]] || init_cluster

  touch "$PG_LOG"
  chown postgres: "$PG_LOG"

  if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    # fsync=off: this cluster only holds development and test data that is
    # re-created at will, and skipping fsync makes migrations and the test
    # suite's many small transactions much faster. Never use it for real data.
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$PG_LOG" start \
      -o "-p $PG_PORT -k '$PG_SOCKET_DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" \
      >>"$SETUP_LOG" 2>&1; then
      tail -n 20 "$PG_LOG" >&2
      die "PostgreSQL did not start (log: $PG_LOG)"
    fi
  fi

  local tries=0
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; do
    tries=$((tries + 1))
    (( tries < 60 )) || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    sleep 0.5
  done

  export PG_BIN PG_PORT
  export PG_ADMIN_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
  log "PostgreSQL ready on 127.0.0.1:$PG_PORT"
}

# Runs psql as the cluster's superuser over TCP (trust auth on 127.0.0.1).
pg_psql() {
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
}

ensure_maildev() {
  MAILDEV_BIN="$TOOLS_DIR/node_modules/.bin/maildev"
  if [[ ! -x "$MAILDEV_BIN" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to install maildev; install Node.js 20 or later"
    log "installing maildev@3 into $TOOLS_DIR (log: $SETUP_LOG)"
    mkdir -p "$TOOLS_DIR"
    quietly npm install --no-audit --no-fund --prefix "$TOOLS_DIR" maildev@3
    [[ -x "$MAILDEV_BIN" ]] || die "npm did not install $MAILDEV_BIN"
  fi
  export MAILDEV_BIN
}

# Exit status 0 when the pid file names a live maildev process.
maildev_running() {
  local pid
  [[ -f "$MAILDEV_PID_FILE" ]] || return 1
  pid="$(cat "$MAILDEV_PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q maildev
}

# start_maildev SMTP_PORT WEB_PORT: SMTP and web inbox, both on 127.0.0.1.
# It runs in its own session so that it outlives the calling script (and a
# Ctrl+C in scripts/run); the wrapper writes its own pid, then execs maildev,
# so the pid file is right whether or not setsid had to fork.
start_maildev() {
  local smtp_port="$1" web_port="$2"
  local health="http://127.0.0.1:$web_port/api/healthz"
  if maildev_running; then
    log "maildev already running (pid $(cat "$MAILDEV_PID_FILE"))"
  else
    log "starting maildev: SMTP 127.0.0.1:$smtp_port, inbox http://127.0.0.1:$web_port (log: $MAILDEV_LOG)"
    rm -f "$MAILDEV_PID_FILE"
    # shellcheck disable=SC2016 # $$ and $1 belong to the inner shell
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' maildev-wrapper "$MAILDEV_PID_FILE" \
      "$MAILDEV_BIN" --smtp "$smtp_port" --ip 127.0.0.1 --web "$web_port" --web-ip 127.0.0.1 \
      >>"$MAILDEV_LOG" 2>&1 </dev/null &
  fi
  local tries=0
  until http_ok "$health"; do
    tries=$((tries + 1))
    if (( tries >= 60 )) || { (( tries >= 4 )) && ! maildev_running; }; then
      tail -n 20 "$MAILDEV_LOG" >&2
      die "maildev does not answer on $health (log: $MAILDEV_LOG)"
    fi
    sleep 0.5
  done
}

stop_maildev() {
  if maildev_running; then
    kill "$(cat "$MAILDEV_PID_FILE")"
  fi
  rm -f "$MAILDEV_PID_FILE"
}

# Exit status 0 when clamd answers PING on $CLAMD_SOCKET (node, like http_ok:
# a fresh machine has no netcat for Unix sockets).
clamd_answers() {
  [[ -S "$CLAMD_SOCKET" ]] || return 1
  node -e '
    const socket = require("net").connect(process.argv[1]);
    let reply = "";
    socket.setTimeout(2000, () => process.exit(1));
    socket.on("connect", () => socket.write("zPING\0"));
    socket.on("data", data => {
      reply += data;
      if (reply.includes("\0")) process.exit(reply.startsWith("PONG") ? 0 : 1);
    });
    socket.on("error", () => process.exit(1));' "$CLAMD_SOCKET"
}

# Installs clamav-daemon when missing and starts clamd as the unprivileged
# `clamav` user on a project-local socket, with the EICAR-only database above.
# Exports CLAMD_SOCKET (the tests read it; scripts/run gives it to the app).
# clamd stays running, like PostgreSQL; a later call reuses it.
ensure_clamd() {
  if [[ ! -x /usr/sbin/clamd ]]; then
    log "installing clamav-daemon from Debian packages (log: $SETUP_LOG)"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update
    quietly apt-get install -y --no-install-recommends clamav-daemon
    [[ -x /usr/sbin/clamd ]] || die "clamav-daemon was installed but /usr/sbin/clamd is missing"
  fi

  if ! id -u clamav >/dev/null 2>&1; then
    log "creating system user clamav"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin clamav
  fi

  # Unix socket paths are limited to 107 bytes, as for PostgreSQL's.
  CLAMD_SOCKET="$CLAMD_DIR/clamd.sock"
  if (( ${#CLAMD_SOCKET} > 100 )); then
    CLAMD_SOCKET="/tmp/reinscription-clamd-$(printf '%s' "$ROOT" | md5sum | cut -c1-12).sock"
  fi
  export CLAMD_SOCKET

  if clamd_answers; then
    log "clamd already running on $CLAMD_SOCKET"
    return 0
  fi

  open_path_to_data_dir clamav
  mkdir -p "$CLAMD_DIR/db"
  printf '%s\n' "$EICAR_SIGNATURE" >"$CLAMD_DIR/db/eicar.hdb"
  # StreamMaxLength: above the largest file a site may accept (10 MiB).
  cat >"$CLAMD_CONF" <<CONF
LocalSocket $CLAMD_SOCKET
LocalSocketMode 660
DatabaseDirectory $CLAMD_DIR/db
PidFile $CLAMD_PID_FILE
LogFile $CLAMD_LOG
LogTime yes
StreamMaxLength 16M
CONF
  touch "$CLAMD_LOG"
  chown -R clamav: "$CLAMD_DIR" "$CLAMD_LOG"

  log "starting clamd on $CLAMD_SOCKET (log: $CLAMD_LOG)"
  rm -f "$CLAMD_SOCKET"
  # clamd loads its database, then detaches itself and writes its pid file.
  runuser -u clamav -- /usr/sbin/clamd --config-file="$CLAMD_CONF" >>"$CLAMD_LOG" 2>&1 </dev/null ||
    { tail -n 20 "$CLAMD_LOG" >&2; die "clamd did not start (log: $CLAMD_LOG)"; }
  local tries=0
  until clamd_answers; do
    tries=$((tries + 1))
    if (( tries >= 60 )); then
      tail -n 20 "$CLAMD_LOG" >&2
      die "clamd does not answer on $CLAMD_SOCKET (log: $CLAMD_LOG)"
    fi
    sleep 0.5
  done
}

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"

ensure_chromium() {
  if [[ ! -x "$CHROMIUM_BIN" ]]; then
    log "installing chromium from Debian packages (log: $SETUP_LOG)"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update
    quietly apt-get install -y --no-install-recommends chromium fonts-liberation
    [[ -x "$CHROMIUM_BIN" ]] || die "chromium was installed but $CHROMIUM_BIN is missing"
  fi
  export CHROMIUM_BIN
}

# The Nu Html Checker (vnu.jar, from npm) and a Java runtime to run it.
ensure_vnu() {
  if ! command -v java >/dev/null 2>&1; then
    log "installing a Java runtime from Debian packages for the HTML checker (log: $SETUP_LOG)"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update
    quietly apt-get install -y --no-install-recommends default-jre-headless
  fi
  VNU_JAR="$TOOLS_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
  if [[ ! -f "$VNU_JAR" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to install vnu-jar; install Node.js 20 or later"
    log "installing vnu-jar into $TOOLS_DIR (log: $SETUP_LOG)"
    mkdir -p "$TOOLS_DIR"
    quietly npm install --no-audit --no-fund --prefix "$TOOLS_DIR" vnu-jar@26
    [[ -f "$VNU_JAR" ]] || die "npm did not install $VNU_JAR"
  fi
  export VNU_JAR
}

ensure_dotnet_tools() {
  if [[ -f "$ROOT/.config/dotnet-tools.json" || -f "$ROOT/dotnet-tools.json" ]]; then
    log "restoring .NET local tools"
    (cd "$ROOT" && quietly dotnet tool restore)
  fi
}
