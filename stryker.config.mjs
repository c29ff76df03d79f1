// Mutation testing (`npm run mutate`, docs/testing.md). scripts/mutate/mutate.ts runs Stryker once per
// folder below, one folder at a time, and fails when a folder (or a stricter group) misses its score.

/**
 * The folders mutated and the score each must reach (killed ÷ (killed + survived + not covered), %).
 * A new folder is one more line. `exclude` lists globs left out of that folder's run.
 */
export const folders = [
  { folder: "src/record", score: 80 },
  { folder: "src/loaders", score: 80 },
  { folder: "src/problems", score: 80 },
  { folder: "src/filters", score: 80 },
  { folder: "src/views", score: 80 },
  // The browser checks need Chromium and a built site: they are proved by test/site-checks/browser.
  { folder: "src/site-checks", score: 80, exclude: ["src/site-checks/browser/**"] },
  // Its tests build whole sites, so only this folder's run includes them (vitest.mutate.config.ts).
  { folder: "src/cli/safe-build.ts", score: 80, withBuilds: true },
];

/** Stricter targets for modules whose mistakes mislead residents: the money and the record checks. */
export const groups = [
  { name: "money", score: 90, files: ["src/**/*money*.ts", "src/**/*amount*.ts", "src/**/funding-*.ts", "src/**/*total*.ts"] },
  { name: "record checks", score: 90, files: ["src/record/check-*.ts"] },
];

/**
 * Surviving mutants that change nothing a user could observe, each with its reason. They count as
 * ignored, not survived. `file`, `mutator` (Stryker's name) and `replacement` must match exactly;
 * `line` is the original text of the mutated line, matched as a substring so the entry survives
 * edits elsewhere in the file.
 */
export const equivalentMutants = [
  {
    file: "src/filters/format-record-date.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: 'padStart(2, "0")',
    reason: "the last day of a month is always 28 to 31, two digits already, so the padding never adds anything",
  },
  {
    file: "src/record/check-unfinished.ts",
    mutator: "StringLiteral",
    replacement: '"Stryker was here!"',
    line: 'test(e[field] ?? "")',
    reason: "an absent field is searched as empty text; any other text without the TODO marker finds nothing either",
  },
  {
    file: "src/record/check-record.ts",
    mutator: "ConditionalExpression",
    replacement: "false",
    line: "if (date === undefined) return;",
    reason: "without the early return an absent date compares false with both bounds, so nothing is reported either way",
  },
  {
    file: "src/record/check-entry-links.ts",
    mutator: "BlockStatement",
    replacement: "{}",
    line: "} catch {",
    reason: "an id that is not valid percent-encoding is looked up as undefined instead of as written: no entry has either id, so the message is the same",
  },
  {
    file: "src/record/check-entry-links.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: "const links: { href: string; line: number; column: number }[] = [];",
    reason: "the extra item has no href, which resolves to a page below the entry's own and never to an entry page, so nothing is reported for it",
  },
  {
    file: "src/record/check-entry-links.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: "for (const child of token.children ?? [])",
    reason: "only block tokens have no children, and a string child is not a link_open, so it is skipped either way",
  },
  {
    file: "src/record/check-entry-links.ts",
    mutator: "ConditionalExpression",
    replacement: "false",
    line: 'if (child.type !== "link_open") continue;',
    reason: "a token that is not a link has no href: the empty address resolves to the entry's own page, which is published, so nothing is reported and the cursor does not move",
  },
  {
    file: "src/record/check-entry-links.ts",
    mutator: "StringLiteral",
    replacement: '"Stryker was here!"',
    line: 'String(child.attrGet("href") ?? "")',
    reason: "markdown-it gives every link_open an href, so the fallback is never used",
  },
  {
    file: "src/record/check-stages.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (previous && here !== undefined && before !== undefined && here <= before) {",
    reason: "the guards are for the type checker: a comparison with undefined is false in JavaScript, and before is undefined whenever previous is",
  },
  {
    file: "src/record/check-stages.ts",
    mutator: "LogicalOperator",
    replacement: "previous && here !== undefined || before !== undefined",
    line: "if (previous && here !== undefined && before !== undefined && here <= before) {",
    reason: "as above: with here or before undefined, here <= before is false whichever guard lets it through",
  },
  {
    file: "src/record/check-stages.ts",
    mutator: "LogicalOperator",
    replacement: "previous || here !== undefined",
    line: "if (previous && here !== undefined && before !== undefined && here <= before) {",
    reason: "as above: before is undefined whenever previous is, so the comparison still fails",
  },
  {
    file: "src/record/check-vocabularies.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (!schemas.has(name)) schemas.set(name, vocabularyField(terms));",
    reason: "the schema is only cached for speed: building it again for every value gives the same result",
  },
  {
    file: "src/record/check-vocabularies.ts",
    mutator: "BooleanLiteral",
    replacement: "false",
    line: "reportInput: true",
    reason: "the vocabulary field's own messages name the value, so whether zod also reports the input changes no message",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: 'else if (value && typeof value === "object")',
    reason: "a parsed Site holds no null or undefined, and Object.entries of a number or boolean is empty",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "LogicalOperator",
    replacement: 'value || typeof value === "object"',
    line: 'else if (value && typeof value === "object")',
    reason: "as above: only null or undefined, which a parsed Site never holds, would behave differently",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "OptionalChaining",
    replacement: "tree.children.some",
    line: 'const written = tree?.type === "object" && tree.children?.some(',
    reason: "jsonc-parser gives every object node a children array",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "OptionalChaining",
    replacement: "p.children?.[0].value",
    line: 'const written = tree?.type === "object" && tree.children?.some(',
    reason: "every property node of an object has its key as its first child",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "OptionalChaining",
    replacement: "p.children[0]",
    line: 'const written = tree?.type === "object" && tree.children?.some(',
    reason: "every property node of an object has children (its key and value)",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: 'const written = tree?.type === "object" && tree.children?.some(',
    reason: "a settings text that parsed as a Site is an object; an array's items are not properties, so none is a url key either way",
  },
  {
    file: "src/record/check-placeholders.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: 'problems.push({ file, ...locate([]), field: "url"',
    reason: "the locator points a path that is not in the file at the enclosing object, here the whole file, as it does for the empty path",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "false",
    line: "if (pence === undefined) return undefined;",
    reason: "without it, every distance to undefined is NaN, no comparison holds, and closest still finds nothing",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "EqualityOperator",
    replacement: '(earliest.get(pence) ?? "9999") >= recorder.date',
    line: 'if (!recorder.draft && (earliest.get(pence) ?? "9999") > recorder.date)',
    reason: "on a tie the date stored is the same date; only the date is kept, not the entry",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (pence !== undefined && excused.has(pence)) used.add(pence);",
    reason: "used is only asked about excused amounts, so also noting amounts that are not excused changes nothing",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "LogicalOperator",
    replacement: "pence !== undefined || excused.has(pence)",
    line: "if (pence !== undefined && excused.has(pence)) used.add(pence);",
    reason: "as above: used is only asked about excused amounts",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (pence !== undefined && (isKnown(pence) || excused.has(pence))) continue;",
    reason: "an amount with no pence is neither known nor excused, so the guard changes nothing",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "false",
    line: "const draft = pence === undefined ? undefined : earliestAny.get(pence);",
    reason: "looking up undefined finds nothing, as the guard does",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "OptionalChaining",
    replacement: "byId.get(draft.entry).draft",
    line: "byId.get(draft.entry)?.draft",
    reason: "earliestAny only holds entries taken from byId, so the lookup always finds one",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "StringLiteral",
    replacement: '"Stryker was here!"',
    line: 'const raw = source[line] ?? "";',
    reason: "readLines only gives lines of the body it was given, so the fallback is never used",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "EqualityOperator",
    replacement: "literal > 0",
    line: "const at = literal >= 0 ? literal : signs.length > 0 ? Math.min(...signs) : cursor;",
    reason: "an amount found at column 0 starts with the sign, so the nearest sign is that same column",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "const at = literal >= 0 ? literal : signs.length > 0 ? Math.min(...signs) : cursor;",
    reason: "an amount not written literally still has its sign or an entity at or after the cursor, so signs is never empty",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "EqualityOperator",
    replacement: "signs.length >= 0",
    line: "const at = literal >= 0 ? literal : signs.length > 0 ? Math.min(...signs) : cursor;",
    reason: "as above: signs is never empty",
  },
  {
    file: "src/record/check-amounts.ts",
    mutator: "EqualityOperator",
    replacement: "space > 0",
    line: "cursor = literal >= 0 ? at + amount.text.length : space >= 0 ? at + space : raw.length;",
    reason: "at is a sign or an entity, never a space, so the next space is never at offset 0",
  },
  {
    file: "src/record/find-amounts.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (!patterns.has(symbol)) patterns.set(symbol,",
    reason: "the patterns are only cached for speed: matchAll and exec with a fresh pattern find the same amounts",
  },
  {
    file: "src/record/find-amounts.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: 'BigInt(fraction || "0")',
    reason: "BigInt of an empty string is 0 too",
  },
  {
    file: "src/record/money-over-time.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (before !== undefined) move(event.sum, before, -1);",
    reason: "without the guard a first stage takes the sum out of a slot for stage undefined, which no column shows",
  },
  {
    file: "src/record/money-over-time.ts",
    mutator: "ObjectLiteral",
    replacement: "{}",
    line: "else points.push({ entryId: event.stage.entry, added: [event], toDate: { out: [], in: [] } });",
    reason: "a point's totals are always replaced at its entry's last event (an entry's events are consecutive), so the placeholder is never seen",
  },
  {
    file: "src/record/money-over-time.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: "else points.push({ entryId: event.stage.entry, added: [event], toDate: { out: [], in: [] } });",
    reason: "as above: the placeholder totals are always replaced",
  },
  {
    file: "src/record/money-over-time.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (events[i + 1]?.stage.entry !== event.stage.entry) {",
    reason: "taking the totals after every event rather than only an entry's last leaves the same totals: the last one wins",
  },
  {
    file: "src/loaders/amount-writing.ts",
    mutator: "OptionalChaining",
    replacement: 'new Intl.NumberFormat(site.language, {\n  style: "currency",\n  currency: site.currency\n}).formatToParts(1).find(p => p.type === "currency").value',
    line: 'formatToParts(1).find((p) => p.type === "currency")?.value',
    reason: "Intl always writes a currency part for style currency (a code it does not know is written as the code), so the part is always found",
  },
  {
    file: "src/filters/format-money.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (!formats.has(key))",
    reason: "the cache only saves time: a fresh Intl.NumberFormat with the same language, currency and options writes the same text",
  },
  {
    file: "src/problems/did-you-mean.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (best !== undefined && bestDistance <= limit)",
    reason: "best is undefined only when no word was compared, and then bestDistance is still Infinity, which is never within the limit",
  },
  {
    file: "src/problems/describe-build-failure.ts",
    mutator: "OptionalChaining",
    replacement: '(/writing to `([^`]+)`/.exec(said) ?? /at "([^"]+)"\\.?$/m.exec(said))?.[1].replace',
    line: "const target = (/writing to",
    reason: "both patterns have one group that must match for the pattern to match, so a match always has [1]",
  },
  {
    file: "src/problems/describe-build-failure.ts",
    mutator: "Regex",
    replacement: "/./",
    line: "replace(/^./, (c) => c.toLowerCase())",
    reason: "without the g flag, /./ also replaces only the first character, and a first line is trimmed so it never starts with a line end",
  },
  {
    file: "src/problems/github-annotations.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: "const escapeData = ",
    original: '"%0D"',
    reason: "every value passes through printable() first, which shows a carriage return as \\u000D, so none is left to escape; kept because it is GitHub's documented escaping",
  },
  {
    file: "src/problems/github-annotations.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: "const escapeData = ",
    original: '"%0A"',
    reason: "every value passes through printable() first, which shows a line feed as \\u000A, so none is left to escape; kept because it is GitHub's documented escaping",
  },
  {
    file: "src/site-checks/page-urls.ts",
    mutator: "Regex",
    replacement: "/\\s/",
    line: 'raw.split(",").map((c) => c.trim().split(/\\s+/)[0] ?? "")',
    reason: "the candidate is trimmed first, so the text before its first space is the same whether one space or a run of them splits it",
  },
  {
    file: "src/site-checks/page-urls.ts",
    mutator: "StringLiteral",
    replacement: '"Stryker was here!"',
    line: 'raw.split(",").map((c) => c.trim().split(/\\s+/)[0] ?? "")',
    reason: "split always returns at least one item, so [0] is never undefined",
  },
  {
    file: "src/site-checks/page-urls.ts",
    mutator: "Regex",
    replacement: "/\\s/",
    line: '(element.attribs.rel ?? "").toLowerCase().split(/\\s+/)',
    reason: "splitting at each space only adds empty words between repeated spaces, and no fetching rel is empty",
  },
  {
    file: "src/site-checks/page-urls.ts",
    mutator: "StringLiteral",
    replacement: '"Stryker was here!"',
    line: '(element.attribs.rel ?? "").toLowerCase().split(/\\s+/)',
    reason: "a link without rel fetches nothing either way: neither the empty text nor the replacement names a fetching rel",
  },
  {
    file: "src/filters/format-change-percent.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: "if (!formats.has(language))",
    reason: "the cache only saves time: a fresh Intl.NumberFormat for the same language writes the same text",
  },
  {
    file: "src/filters/format-change-percent.ts",
    mutator: "EqualityOperator",
    replacement: "percent >= 0",
    line: '${percent > 0 ? "up" : "down"}',
    reason: "a change of 0 has returned \"no change\" two lines above, so percent is never 0 here",
  },
  {
    file: "src/filters/format-change-percent.ts",
    mutator: "EqualityOperator",
    replacement: "percent >= 0",
    line: '${percent > 0 ? "+" : "−"}',
    reason: "a change of 0 has returned \"0%\" two lines above, so percent is never 0 here",
  },
  {
    file: "src/problems/zod-problems.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: "if (current === undefined) return [];",
    reason: "a path zod reports for unknown keys was walked through the schema by zod itself, so every step of it exists in the schema and the walk never meets a missing one",
  },
  {
    file: "src/problems/zod-problems.ts",
    mutator: "ConditionalExpression",
    replacement: "false",
    line: "if (current === undefined) return [];",
    reason: "a path zod reports for unknown keys was walked through the schema by zod itself, so every step of it exists in the schema and the walk never meets a missing one",
  },
  {
    file: "src/problems/zod-problems.ts",
    mutator: "ConditionalExpression",
    replacement: "true",
    line: 'else if (def.type === "record")',
    reason: "any other kind of schema then takes its (missing) valueType, and the next step returns no keys, as the else branch does",
  },
  {
    file: "src/problems/zod-problems.ts",
    mutator: "StringLiteral",
    replacement: '""',
    line: 'const at = locate(path, "value");',
    reason: "both locators place anything but \"key\" at the value, which is also what they do when no target is given",
  },
  {
    file: "src/record/sort-entries.ts",
    mutator: "ArrayDeclaration",
    replacement: '["Stryker was here"]',
    line: "phaseOrder: readonly string[] = []",
    reason: "without a phase order every phase sorts alike; the replacement differs only for an entry whose phase id is that very text, and the model always passes the site's phases",
  },
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  coverageAnalysis: "perTest",
  // TypeScript 7 has no JavaScript API: Stryker's TypeScript support must not find a tsconfig
  // (else "ts.parseConfigFileTextToJson is not a function"). vitest compiles the TypeScript itself.
  tsconfigFile: "stryker-has-no-tsconfig.json",
  // Stryker's default puts "// @ts-nocheck" at the top of every .html file under test/ too, inside the
  // planted-defect pages' inline <script>s, which changes what the site checks quote. vitest checks
  // no types, so the comment is not needed in any file.
  disableTypeChecks: false,
  // Two cores shared by everyone: one worker unless told otherwise (--concurrency 2).
  concurrency: 1,
  timeoutMS: 10_000,
  // Module-level constants (month names, number formats) run at import, so each such mutant would
  // rerun every related test file: they are left unscored (docs/testing.md, "blind spots").
  ignoreStatic: true,
  incremental: true,
  reporters: ["clear-text", "progress"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ["_site", "_site.*", ".cache", "docs", "test-results", "reports"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
