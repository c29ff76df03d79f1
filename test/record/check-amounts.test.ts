import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { checkAmounts } from "../../src/record/check-amounts.ts";
import { EntryFrontMatterSchema, type Entry } from "../../src/schemas/entry.ts";
import { SumSchema, type Sum } from "../../src/schemas/funding.ts";
import { amountWriting } from "../../src/loaders/amount-writing.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const entry = (id: string, date: string, fields: Record<string, unknown>, body = ""): Entry => ({
  ...EntryFrontMatterSchema.parse({ title: "An entry", date, datePrecision: "day", kind: "cabinet-decision", phase: "response", summary: "What happened.", sources: ["s"], ...fields }),
  id, file: `content/${id}.md`, url: `/timeline/${id}/`, body, bodyLine: 10,
});
const sum = (id: string, amountPence: number, ...recordedBy: string[]): Sum =>
  SumSchema.parse({
    id, label: id, amountPence, fund: "reserves", financialYear: "2014/15",
    stages: recordedBy.map((entry, i) => ({ stage: i === 0 ? "recommended" : "approved", entry, decidedBy: "cabinet", sources: ["s"] })),
  });

const british = amountWriting({ language: "en-GB", currency: "GBP" });
const funding = [sum("first", 480000000, "first-decision"), sum("second", 164000000, "second-decision")];
const messagesFor = (entries: Entry[], sums: Sum[]) => checkAmounts(entries, sums, new Map(), british).map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`);
const messages = (entries: Entry[]) => messagesFor(entries, funding);

describe("checkAmounts", () => {
  it("accepts an amount of a funding line the entry lists, in any of the ways money is written", () => {
    const e = entry("second-decision", "2014-11-10", { funding: ["second"], title: "Cabinet recommends £1.64m" }, "A further £1.64 million, or £1,640,000.");
    expect(messages([entry("first-decision", "2014-07-01", { funding: ["first"] }), e])).toEqual([]);
  });

  it("accepts an amount recorded by an entry dated on or before this one", () => {
    const e = entry("second-decision", "2014-11-10", { funding: ["second"] }, "On top of the £4.8m agreed earlier.");
    expect(messages([entry("first-decision", "2014-07-01", { funding: ["first"] }), e])).toEqual([]);
  });

  it("reports an amount recorded only by a later entry", () => {
    const early = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Later cabinet found £1.64m.");
    expect(messages([early, entry("second-decision", "2014-11-10", { funding: ["second"] })])).toEqual([
      'content/first-decision.md:10:21 body: "£1.64m" is not the amount of any sum whose stage this entry or an earlier one records (expected one of £4.8m; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
    ]);
  });

  it("suggests the amount a typo was probably meant to be", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Cabinet released\n£4.6m.");
    expect(messages([e])).toEqual([
      'content/first-decision.md:11:1 body: "£4.6m" is not the amount of any sum whose stage this entry or an earlier one records (if it is deliberately not a sum in data/funding.json, list it under otherAmounts); did you mean "£4.8m"?',
    ]);
  });

  it("accepts an amount listed under otherAmounts, however it is written there", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["£5m"] }, 'Under the headline "£5 million needed".');
    expect(messages([e])).toEqual([]);
  });

  it("reports otherAmounts that are not amounts, or that the text does not contain", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["five million", "£7m"] }, "Nothing here.");
    expect(messages([e])).toEqual([
      'content/first-decision.md:1:1 otherAmounts[0]: "five million" is not an amount written with £ (expected something like "£5 million" or "£250,000")',
      'content/first-decision.md:1:1 otherAmounts[1]: "£7m" is not written in the title, summary or text; remove it from otherAmounts',
    ]);
  });

  it("reads the text residents read: entities decoded and emphasis removed, located at the source line", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Cabinet found &pound;9m.\nThen £&#57;m, then £**7m**.");
    expect(messages([e])).toEqual([
      'content/first-decision.md:10:15 body: "£9m" is not the amount of any sum whose stage this entry or an earlier one records (expected one of £4.8m; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
      'content/first-decision.md:11:6 body: "£9m" is not the amount of any sum whose stage this entry or an earlier one records (expected one of £4.8m; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
      'content/first-decision.md:11:20 body: "£7m" is not the amount of any sum whose stage this entry or an earlier one records (expected one of £4.8m; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
    ]);
  });

  it("does not let a published entry lean on an amount only a draft records", () => {
    const draft = entry("draft-decision", "2014-07-01", { funding: ["draft-sum"], draft: true }, "£2m agreed.");
    const published = entry("later", "2014-08-01", {}, "On top of the £2m agreed earlier.");
    expect(messagesFor([draft, published], [sum("draft-sum", 200000000, "draft-decision")])).toEqual([
      'content/later.md:10:15 body: "£2m" is backed only by a stage recorded by the draft entry "draft-decision", which is not published; publish that entry first, or if it is deliberately not a sum in data/funding.json, list it under otherAmounts',
    ]);
  });

  it("knows the sums an entry moves to a later stage, and each share of a sum spread over years", () => {
    const spread = SumSchema.parse({
      id: "repairs", label: "Repairs", amountPence: 300000000, fund: "reserves",
      years: [{ financialYear: "2021/22", amountPence: 100000000 }, { financialYear: "2022/23", amountPence: 200000000 }],
      stages: [{ stage: "recommended", entry: "cabinet", decidedBy: "cabinet", sources: ["s"] }, { stage: "approved", entry: "council", decidedBy: "council", sources: ["s"] }],
    });
    const council = entry("council", "2021-03-01", { funding: ["repairs"] }, "Council approved £3m: £1m this year and £2m next.");
    expect(messagesFor([entry("cabinet", "2021-02-01", { funding: ["repairs"] }), council], [spread])).toEqual([]);
  });

  it("checks amounts written in another currency's sign", () => {
    const euro = amountWriting({ language: "en-IE", currency: "EUR" });
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Released €4.8m, not £4.6m, and €4.6m.");
    expect(checkAmounts([e], funding, new Map(), euro).map((p) => p.message)).toEqual([
      '"€4.6m" is not the amount of any sum whose stage this entry or an earlier one records (if it is deliberately not a sum in data/funding.json, list it under otherAmounts); did you mean "€4.8m"?',
    ]);
  });

  it("says so when no sum is recorded up to the entry's date", () => {
    const e = entry("early", "2014-01-01", {}, "£3m.");
    expect(messages([e, entry("first-decision", "2014-07-01", { funding: ["first"] })])).toEqual([
      'content/early.md:10:1 body: "£3m" is not the amount of any sum whose stage this entry or an earlier one records (no sum is recorded up to this date; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
    ]);
  });
});

describe("checkAmounts: drafts, near misses and odd amounts", () => {
  const HATCH = "if it is deliberately not a sum in data/funding.json, list it under otherAmounts";
  const notAny = (text: string, tail: string) => `"${text}" is not the amount of any sum whose stage this entry or an earlier one records ${tail}`;

  it("lets a draft lean on another draft's stage, since drafts are previewed together", () => {
    const draft = entry("draft-decision", "2014-07-01", { funding: ["draft-sum"], draft: true }, "£2m agreed.");
    const later = entry("later-draft", "2014-08-01", { draft: true }, "On top of the £2m agreed earlier.");
    expect(messagesFor([draft, later], [sum("draft-sum", 200000000, "draft-decision")])).toEqual([]);
  });

  it("tells a published entry about a draft's stage only when that stage comes no later than the entry", () => {
    const draft = entry("draft-decision", "2014-09-01", { funding: ["draft-sum"], draft: true }, "£2m agreed.");
    const published = entry("earlier", "2014-08-01", {}, "The £2m to come.");
    expect(messagesFor([draft, published], [sum("draft-sum", 200000000, "draft-decision")])).toEqual([
      `content/earlier.md:10:5 body: ${notAny("£2m", `(no sum is recorded up to this date; ${HATCH})`)}`,
    ]);
  });

  it("counts a published stage even when a draft recorded the same amount earlier", () => {
    const draft = entry("draft-decision", "2014-06-01", { funding: ["draft-sum"], draft: true }, "£2m agreed.");
    const published = entry("published-decision", "2014-07-01", { funding: ["real-sum"] }, "£2m agreed.");
    const reader = entry("reader", "2014-08-01", {}, "The £2m.");
    const sums = [sum("draft-sum", 200000000, "draft-decision"), sum("real-sum", 200000000, "published-decision")];
    expect(messagesFor([draft, published, reader], sums)).toEqual([]);
  });

  it("suggests an amount up to a quarter away, the nearest of several, and none further off", () => {
    const sums = [sum("first", 480000000, "decision"), sum("second", 500000000, "decision")];
    const decision = entry("decision", "2014-07-01", { funding: ["first", "second"] }, "£4.85m, £4.95m, £6.25m, £6.26m.");
    expect(messagesFor([decision], sums)).toEqual([
      `content/decision.md:10:1 body: ${notAny("£4.85m", `(${HATCH}); did you mean "£4.8m"?`)}`,
      `content/decision.md:10:9 body: ${notAny("£4.95m", `(${HATCH}); did you mean "£5m"?`)}`,
      `content/decision.md:10:17 body: ${notAny("£6.25m", `(${HATCH}); did you mean "£5m"?`)}`,
      `content/decision.md:10:25 body: ${notAny("£6.26m", `(expected one of £4.8m, £5m; ${HATCH})`)}`,
    ]);
  });

  it("suggests the first of two known amounts a typo is equally near", () => {
    const sums = [sum("first", 480000000, "decision"), sum("second", 500000000, "decision")];
    const decision = entry("decision", "2014-07-01", { funding: ["first", "second"] }, "£4.9m.");
    expect(messagesFor([decision], sums)).toEqual([`content/decision.md:10:1 body: ${notAny("£4.9m", `(${HATCH}); did you mean "£4.8m"?`)}`]);
  });

  it("dates an amount two entries record by the earlier one, whichever sum lists it first", () => {
    const early = entry("early-decision", "2014-06-01", { funding: ["early-sum"] });
    const late = entry("late-decision", "2014-09-01", { funding: ["late-sum"] });
    const reader = entry("reader", "2014-07-01", {}, "The £2m.");
    for (const sums of [[sum("early-sum", 200000000, "early-decision"), sum("late-sum", 200000000, "late-decision")], [sum("late-sum", 200000000, "late-decision"), sum("early-sum", 200000000, "early-decision")]]) {
      expect(messagesFor([early, late, reader], sums)).toEqual([]);
    }
  });

  it("names the first draft that records an amount, and counts a draft's stage on the entry's own day", () => {
    const draftA = entry("draft-a", "2014-06-01", { funding: ["a-sum"], draft: true });
    const draftB = entry("draft-b", "2014-06-01", { funding: ["b-sum"], draft: true });
    const later = entry("draft-later", "2014-09-01", { funding: ["later-sum"], draft: true });
    const reader = entry("reader", "2014-06-01", {}, "The £2m.");
    const sums = [sum("later-sum", 200000000, "draft-later"), sum("a-sum", 200000000, "draft-a"), sum("b-sum", 200000000, "draft-b")];
    expect(messagesFor([draftA, draftB, later, reader], sums)).toEqual([
      `content/reader.md:10:5 body: "£2m" is backed only by a stage recorded by the draft entry "draft-a", which is not published; publish that entry first, or ${HATCH}`,
    ]);
  });

  it("expects amounts another entry recorded the same day", () => {
    const decision = entry("decision", "2014-07-01", { funding: ["first"] });
    const reader = entry("reader", "2014-07-01", {}, "£9m.");
    expect(messagesFor([decision, reader], [sum("first", 480000000, "decision")])).toEqual([`content/reader.md:10:1 body: ${notAny("£9m", `(expected one of £4.8m; ${HATCH})`)}`]);
  });

  it("lists eight expected amounts without an ellipsis", () => {
    const sums = Array.from({ length: 8 }, (_, i) => sum(`s${i}`, (i + 1) * 1_000_000_00 * 10, "decision"));
    const decision = entry("decision", "2014-07-01", { funding: sums.map((x) => x.id) }, "£1");
    expect(messagesFor([decision], sums)).toEqual([`content/decision.md:10:1 body: ${notAny("£1", `(expected one of £10m, £20m, £30m, £40m, £50m, £60m, £70m, £80m; ${HATCH})`)}`]);
  });

  it("locates otherAmounts problems at the item", () => {
    const locate = (p: readonly PropertyKey[]) => ({ line: p[0] === "otherAmounts" ? 20 + Number(p[1]) : 2, column: 5 });
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["lots", "£7m"] }, "Nothing here.");
    expect(checkAmounts([e], funding, new Map([[e.file, locate]]), british).map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(["20:5 otherAmounts[0]", "21:5 otherAmounts[1]"]);
  });

  it("locates each amount where the source writes it: after an earlier one, behind an entity, or repeated", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, [
      "£4.8m and &pound;9m.",
      "Tom &amp; Jerry paid £9m.",
      "So &pound;&#57;m and &pound;8m.",
      "£4.8m£&#57;m",
      "£9m,£9m",
      "&pound;9m,&pound;8m and &#163;7m",
    ].join("\n"));
    expect(messages([e]).map((m) => m.slice(0, m.indexOf(" body")))).toEqual([
      "content/first-decision.md:10:11",
      "content/first-decision.md:11:22",
      "content/first-decision.md:12:4",
      "content/first-decision.md:12:22",
      "content/first-decision.md:13:6",
      "content/first-decision.md:14:1",
      "content/first-decision.md:14:5",
      "content/first-decision.md:15:1",
      "content/first-decision.md:15:11",
      "content/first-decision.md:15:25",
    ]);
  });

  it("locates amounts where a line writes one sign as itself and another as an entity, in either order", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, ["&pound;&#57;m and £&#56;m.", "£&#57;m and &pound;&#56;m."].join("\n"));
    expect(messages([e]).map((m) => m.slice(0, m.indexOf(" body")))).toEqual([
      "content/first-decision.md:10:1",
      "content/first-decision.md:10:19",
      "content/first-decision.md:11:1",
      "content/first-decision.md:11:13",
    ]);
  });

  it("reports an amount that is not a whole number of pence, with no guess", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "It cost £4.8000001 in all.");
    expect(messages([e])).toEqual([`content/first-decision.md:10:9 body: ${notAny("£4.8000001", `(expected one of £4.8m; ${HATCH})`)}`]);
  });

  it("reads amounts in code blocks too, at their own lines, and amounts on each line of a paragraph", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Intro £4.8m,\nthen £6m.\n\n```\n£7m\n```\n\n    £8m\n");
    expect(messages([e]).map((m) => m.slice(0, m.indexOf(" is not")))).toEqual([
      'content/first-decision.md:11:6 body: "£6m"',
      'content/first-decision.md:14:1 body: "£7m"',
      'content/first-decision.md:17:5 body: "£8m"',
    ]);
  });

  it("ignores a stage recorded by no entry: its amount backs nothing", () => {
    const e = entry("reader", "2014-08-01", {}, "The £4.8m.");
    expect(messagesFor([e], [sum("first", 480000000, "lost-entry")])).toEqual([
      `content/reader.md:10:5 body: ${notAny("£4.8m", `(no sum is recorded up to this date; ${HATCH})`)}`,
    ]);
  });

  it("excuses an otherAmounts item written in the title or summary, and only that amount", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["£10m"], title: "Council asked for £10m", summary: "It got £4.8m, not £9m." });
    expect(messages([e])).toEqual([`content/first-decision.md:1:1 summary: ${notAny("£9m", `(expected one of £4.8m; ${HATCH})`)}`]);
  });

  it("lists each amount it expected once, though two sums or a sum and its year share the amount", () => {
    const spread = SumSchema.parse({
      id: "spread", label: "Spread", amountPence: 200000000, fund: "reserves",
      years: [{ financialYear: "2014/15", amountPence: 100000000 }, { financialYear: "2015/16", amountPence: 100000000 }],
      stages: [{ stage: "approved", entry: "decision", decidedBy: "cabinet", sources: ["s"] }],
    });
    const decision = entry("decision", "2014-07-01", { funding: ["spread", "first"] });
    const reader = entry("reader", "2014-08-01", {}, "£77m.");
    expect(messagesFor([decision, reader], [spread, sum("first", 100000000, "decision")])).toEqual([
      `content/reader.md:10:1 body: ${notAny("£77m", `(expected one of £2m, £1m; ${HATCH})`)}`,
    ]);
  });
});

describe("the money check in loadRecord", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it("locates a wrong amount in the body to its line and column", async () => {
    const fixture = await minimalRecordWith({ "content/2014/2014-11-10-cabinet-decides.md": "bad/wrong-amount.md" });
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe(
      'content/2014/2014-11-10-cabinet-decides.md:17:18  body: "£4.6m" is not the amount of any sum whose stage this entry or an earlier one records (if it is deliberately not a sum in data/funding.json, list it under otherAmounts); did you mean "£4.8m"?\n' +
        "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter",
    );
  });

  it("locates an amount in the title at the title", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const file = `${fixture.root}/content/2014/2014-11-10-cabinet-decides.md`;
    const { readFile, writeFile } = await import("node:fs/promises");
    await writeFile(file, (await readFile(file, "utf8")).replace("title: Cabinet decides", "title: Cabinet releases £48m"));
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(["2:8 title"]);
  });
});
