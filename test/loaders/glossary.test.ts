import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

let cleanup: (() => Promise<void>) | undefined;
afterEach(() => cleanup?.());

async function recordWithGlossary(json: string) {
  const fixture = await minimalRecordWith();
  cleanup = fixture.cleanup;
  await writeFile(path.join(fixture.root, "data/glossary.json"), json);
  return loadRecord(fixture.root);
}

describe("data/glossary.json", () => {
  it("loads terms with their links to bodies and sources", async () => {
    const result = await recordWithGlossary(JSON.stringify({ terms: [{ id: "cabinet", term: "Cabinet", definition: "Senior councillors.", person: "cabinet", sources: ["council-statement"] }] }));
    expect(result.ok && result.record.glossary).toEqual([{ id: "cabinet", term: "Cabinet", alsoCalled: [], definition: "Senior councillors.", person: "cabinet", sources: ["council-statement"] }]);
  });

  it("reports a term naming an unknown body at its line, with a suggestion", async () => {
    const result = await recordWithGlossary(`{
  "terms": [
    { "id": "cabinet", "term": "Cabinet", "definition": "Senior councillors.", "person": "cabinett" }
  ]
}
`);
    expect(result.ok ? "" : formatProblems(result.problems)).toBe(
      'data/glossary.json:3:90  terms[0].person: unknown person or body "cabinett"; did you mean "cabinet"?\n1 problem in 1 file. How to write the data files: CONTENT.md#data-files',
    );
  });

  it("reports a term with no definition", async () => {
    const result = await recordWithGlossary(`{ "terms": [{ "id": "cabinet", "term": "Cabinet" }] }`);
    expect(result.ok ? "" : formatProblems(result.problems)).toContain("terms[0].definition: is required when there is no inThisRecord (expected the term's meaning in plain words, or what the sources say about it under inThisRecord)");
  });
});
