/**
 * `npm run check`: validates every file under content/ and data/ without building the site.
 * Prints the same messages as the build and exits 1 when there is any problem.
 */
import { loadRecord } from "../loaders/load-record.ts";
import { reportProblems } from "./report-problems.ts";

const started = performance.now();
const result = await loadRecord(process.cwd(), { includeDrafts: true });
if (!result.ok) {
  reportProblems(result.problems);
  process.exitCode = 1;
} else {
  const { entries, funding, people, sources } = result.record;
  const ms = Math.round(performance.now() - started);
  console.log(`All content is valid: ${entries.length} entries, ${funding.length} funding lines, ${people.length} people and bodies, ${sources.length} sources (${ms} ms).`);
}
