#!/usr/bin/env bash
# Proves the tests hold for any council's record: copies the project (as the working tree has it,
# without node_modules), puts the record in FOLDER in place of content/ and data/, and runs the
# type check and the whole test suite there. The project itself is never changed.
#   usage: scripts/test-with-record.sh FOLDER [vitest arguments]
#   e.g.   scripts/test-with-record.sh test/fixtures/housing
# Takes as long as `npm test` (about 4 minutes); CI proves the same more cheaply with
# test/site/other-record.test.ts, which builds and site-checks test/fixtures/housing.
set -euo pipefail
record=${1:?usage: scripts/test-with-record.sh FOLDER [vitest arguments]}
shift
project=$(cd "$(dirname "$0")/.." && pwd)
record=$(cd "$record" && pwd)
[ -d "$record/content" ] && [ -d "$record/data" ] || { echo "$record has no content/ and data/ folders" >&2; exit 2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ar-other-record-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cd "$project"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - 2>/dev/null | tar -xf - -C "$scratch"
ln -s "$project/node_modules" "$scratch/node_modules"
rm -rf "$scratch/content" "$scratch/data"
cp -R "$record/content" "$record/data" "$scratch/"
# A fresh history, so "last updated" dates come from git as they do for a real record.
(cd "$scratch" && git init -q && git add -A && git -c user.name=test -c user.email=test@example.org commit -qm "the other record" >/dev/null)

echo "Testing with the record from $record (in $scratch)"
cd "$scratch"
npx tsc --noEmit
npx vitest run "$@"
