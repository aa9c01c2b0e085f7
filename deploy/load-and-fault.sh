#!/usr/bin/env bash
# Load and fault run on this machine (issue 7), loopback only: PostgreSQL + two clustered instances of the runnable
# jar, mixed load (launches + lesson answers, link checks, anonymous reports) for a bounded time, kill -9 of one
# instance, PostgreSQL stopped for 30 s; prints throughput, p50/p99 latency and errors per phase, and checks that no
# acknowledged report or grade was lost (exit 1 if one was). See deploy/README.md, docs/performance.md, docs/reliability.md.
#
# Usage: deploy/load-and-fault.sh [--seconds 270] [--pupils 3] [--checkers 2] [--reporters 1] [--max-ops 20000]
#                                 [--port 22080] [--outage 30] [--open-sample 30]
# Environment: MAVEN_ARGS  extra Maven arguments for the build step (e.g. -o -Dmaven.repo.local=...)
#              SKIP_BUILD=1 to use what is already built (the jar, the test classes and target/test-classpath.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    # package builds the runnable jar and compiles the test classes (-DskipTests skips running them, not compiling);
    # the dependency plugin writes the test classpath, as report-widget does for its load driver.
    ./mvnw -B -q ${MAVEN_ARGS:-} -pl deploy -am package dependency:build-classpath -DskipTests \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
for built in deploy/target/childsafe-micro.jar deploy/target/test-classpath.txt \
             deploy/target/test-classes/org/childsafe/deploy/load/LoadAndFault.class; do
    [[ -e "$built" ]] || { echo "missing $built: run without SKIP_BUILD=1" >&2; exit 2; }
done
work="$PWD/deploy/target/load-and-fault"
mkdir -p "$work"
exec java -Xmx1g -Djava.io.tmpdir="$work" -Dit.micro.jar=deploy/target/childsafe-micro.jar \
    -cp "deploy/target/test-classes:deploy/target/classes:$(cat deploy/target/test-classpath.txt)" \
    org.childsafe.deploy.load.LoadAndFault "$@"
