import * as z from "zod";
import { showValue } from "../problems/show-value.ts";
import { UNSAFE_CHARACTER, unsafeCharacterMessage } from "../problems/unsafe-characters.ts";

/** An id: lower-case words joined by hyphens, as used in file names and URLs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => (typeof iss.input === "string" ? `${showValue(iss.input)} is not a valid id (expected lower-case words joined by hyphens, like "jane-smith")` : undefined),
  });

/** A calendar date written YYYY-MM-DD; checked to exist (no 30 February). */
export const CalendarDateSchema = z.iso.date({
  error: (iss) => (typeof iss.input === "string" ? `${showValue(iss.input)} is not a real date (expected YYYY-MM-DD)` : undefined),
});

/** A date known only to a day, month or year: `2014-11-10`, `2014-11` or `2014`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: (iss) => (typeof iss.input === "string" ? `${showValue(iss.input)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)` : undefined),
  })
  .refine((s) => s.length < 10 || CalendarDateSchema.safeParse(s).success, { error: "is not a real date (expected YYYY-MM-DD)" });

/** Text with no invisible control characters (they make feed.xml malformed and hide what text says). */
export const VisibleTextSchema = z.string().refine((s) => !UNSAFE_CHARACTER.test(s), {
  error: (iss) => unsafeCharacterMessage(UNSAFE_CHARACTER.exec(String(iss.input))?.[0] ?? "\u0000"),
});

/** Plain text on one line, trimmed; markup is shown as typed, never interpreted. */
export const LineSchema = (max: number) =>
  z
    .string()
    .refine((s) => !UNSAFE_CHARACTER.test(s), { error: (iss) => unsafeCharacterMessage(UNSAFE_CHARACTER.exec(String(iss.input))?.[0] ?? "\u0000"), abort: true })
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\r\n\u2028\u2029]/.test(s), { error: "must be on one line" });

/**
 * A sum of money in whole pence, more than nothing. Each way it can be wrong gets its own words:
 * `0` and `-500` are not "not whole", and 2^53 + 1 cannot even be read exactly.
 * @example PenceSchema.parse(480000000) // £4.8m
 */
export const PenceSchema = z
  .int({
    // zod passes .positive()'s issue to this function too, which the types do not say.
    error: (issue) => {
      const iss = issue as { code: string; input?: unknown };
      if (iss.code === "invalid_type") return typeof iss.input === "number" ? `${showValue(iss.input)} is not a whole number of pence (expected the amount times 100: 4.8 million is written 480000000)` : undefined;
      if (iss.code === "too_big") return `is too large to be held exactly (at most ${Number.MAX_SAFE_INTEGER} pence); check the number of digits`;
      if (iss.code === "too_small") {
        return typeof iss.input === "number" && iss.input < 0
          ? `must be more than 0 pence (got ${showValue(iss.input)}); write the amount without a minus sign`
          : "must be more than 0 pence (got 0); leave out a sum of nothing";
      }
      return undefined;
    },
  })
  .positive();

/** A web address residents can follow: https only, so no `javascript:` or `data:` links. */
export const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  error: (iss) => (typeof iss.input === "string" ? `${showValue(iss.input)} is not a full https:// link` : undefined),
});

/** How exactly a date is known. `range` means somewhere between `date` and `dateTo` (or after `date` when there is no `dateTo`). */
export const DatePrecisionSchema = z.enum(["day", "month", "year", "range"]);

/** The date fields shared by entries and sources, with the rules that keep them honest. */
export const recordDateShape = {
  date: CalendarDateSchema,
  datePrecision: DatePrecisionSchema,
  dateTo: CalendarDateSchema.optional(),
  dateNote: LineSchema(400).optional(),
};

type RecordDateFields = {
  date: string;
  datePrecision: z.infer<typeof DatePrecisionSchema>;
  dateTo?: string | undefined;
  dateNote?: string | undefined;
};

/** Adds the cross-field date rules to any object schema that has the record date fields. */
export function checkRecordDate(value: RecordDateFields, ctx: z.core.$RefinementCtx<RecordDateFields>): void {
  const { date, datePrecision, dateTo, dateNote } = value;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: value[path as keyof RecordDateFields] });
  if (datePrecision === "month" && !date.endsWith("-01")) {
    issue("date", `must be the first day of the month when datePrecision is month (expected ${date.slice(0, 8)}01, got "${date}")`);
  }
  if (datePrecision === "year" && !date.endsWith("-01-01")) {
    issue("date", `must be 1 January when datePrecision is year (expected ${date.slice(0, 5)}01-01, got "${date}")`);
  }
  if (datePrecision !== "range" && dateTo !== undefined) {
    issue("dateTo", "is only used when datePrecision is range; remove it or set datePrecision: range");
  }
  if (dateTo !== undefined && dateTo < date) {
    issue("dateTo", `must not be before date (date is ${date}, got "${dateTo}")`);
  }
  if (datePrecision !== "day" && dateNote === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["dateNote"],
      message: `is required when datePrecision is ${datePrecision} (expected a sentence saying what the sources say about the date)`,
      input: undefined,
    });
  }
}
