import type { ReportModel } from "../views/build-views.ts";
import { penceToPounds, toCsv } from "./to-csv.ts";

/** The address of the money page, where the downloads are described. */
const moneyPage = (model: ReportModel) => new URL("money/", model.site.url).href;

/** One sum with its stages, as both downloads give it; built once so CSV and JSON agree. */
function sumRecords(model: ReportModel) {
  const entries = new Map(model.entries.map((e) => [e.id, e]));
  return model.funding.map((f) => {
    const decision = (id: string) => {
      const e = entries.get(id)!;
      return { entry: e.id, title: e.title, date: e.date, datePrecision: e.datePrecision, dateTo: e.dateTo, dateText: e.dateText, url: e.canonicalUrl };
    };
    return {
      id: f.id,
      label: f.label,
      direction: f.direction,
      amountPence: f.amountPence,
      upTo: f.upTo,
      amountText: f.amountText,
      fund: f.fund,
      fundLabel: f.fundLabel,
      financialYear: f.financialYear,
      years: f.years.map((y) => ({ financialYear: y.financialYear, amountPence: y.amountPence })),
      /** The latest stage: where every total counts this sum. */
      status: f.status,
      statusLabel: f.statusLabel,
      stages: f.stages.map((s) => ({
        stage: s.status,
        label: s.label,
        decidedBy: { id: s.decidedBy, name: s.decidedByPerson.name },
        decision: decision(s.entry),
        sources: s.sourceList.map((src) => ({ id: src.id, title: src.title, url: src.url })),
        note: s.stageNote,
      })),
      decidedBy: { id: f.decidedBy, name: f.decidedByPerson.name },
      decision: decision(f.entry),
      sources: f.sourceList.map((s) => ({ id: s.id, title: s.title, url: s.url })),
      note: f.note,
    };
  });
}

/**
 * The sums as CSV, one row per sum at its latest stage, with every stage it went through; amounts
 * exact in pence and pounds.
 * @example fundingCsv(model).split("\r\n")[0] // "\uFEFFid,label,amount_pence,…"
 */
export function fundingCsv(model: ReportModel): string {
  const header = [
    "id", "label", "amount_pence", "amount_pounds", "up_to", "amount_text", "fund", "financial_year", "status",
    "decided_by", "decision_entry", "decision_date", "decision_date_precision", "decision_date_to", "decision_date_text",
    "decision_url", "sources", "note", "direction", "stages",
  ];
  const rows = sumRecords(model).map((f) => [
    f.id, f.label, f.amountPence, penceToPounds(f.amountPence), f.upTo, f.amountText, f.fundLabel, f.financialYear, f.statusLabel,
    f.decidedBy.name, f.decision.entry, f.decision.date, f.decision.datePrecision, f.decision.dateTo, f.decision.dateText,
    f.decision.url, f.sources.map((s) => s.id).join(" "), f.note, f.direction,
    f.stages.map((s) => `${s.label} (${s.decision.date}, ${s.decidedBy.name})`).join("; "),
  ]);
  return toCsv(header, rows);
}

/**
 * The sums with their stages, and the computed totals, as JSON, for anyone who wants to check the sums.
 * @example JSON.parse(fundingJson(model)).sums[0].amountPence // 480000000
 */
export function fundingJson(model: ReportModel): string {
  const total = (t: { pence: number; hasUpTo: boolean; text: string; count: number }) => ({ amountPence: t.pence, upTo: t.hasUpTo, amountText: t.text, sums: t.count });
  const flow = (f: ReportModel["money"]["out"]) => ({
    counts: f.countsText,
    byStatus: f.byStatus.map((t) => ({ status: t.status, label: t.label, ...total(t.total) })),
    byFund: f.byFund.map((r) => ({ fund: r.id, label: r.label, ...total(r.total) })),
    byFinancialYear: f.byYear.map((r) => ({ financialYear: r.label, ...total(r.total) })),
  });
  const data = {
    title: `Money: ${model.site.title}`,
    about: moneyPage(model),
    notes: [
      "Amounts are whole pence. upTo is true when the decision allowed up to the amount rather than exactly it; a total that includes such an amount is a ceiling.",
      "Each sum is one thing with a history of stages; every total counts it once, at its latest stage (status). Money coming in is totalled apart from money going out, never netted.",
      "The date of a stage is the date of the entry that records it, only as exact as the sources give it (datePrecision).",
    ],
    sums: sumRecords(model),
    totals: { out: flow(model.money.out), in: flow(model.money.in) },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
