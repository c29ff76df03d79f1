import type { ReportModel } from "../record/build-model.ts";
import { penceToPounds, toCsv } from "./to-csv.ts";

/** The address of the money page, where the downloads are described. */
const moneyPage = (model: ReportModel) => new URL("money/", model.site.url).href;

/** One funding line with its decision, as both downloads give it; built once so CSV and JSON agree. */
function fundingRecords(model: ReportModel) {
  const entries = new Map(model.entries.map((e) => [e.id, e]));
  return model.funding.map((f) => {
    const decision = entries.get(f.entry)!;
    return {
      id: f.id,
      label: f.label,
      amountPence: f.amountPence,
      upTo: f.upTo,
      amountText: f.amountText,
      fund: f.fund,
      fundLabel: f.fundLabel,
      financialYear: f.financialYear,
      status: f.status,
      statusLabel: f.statusLabel,
      decidedBy: { id: f.decidedBy, name: f.decidedByPerson.name },
      decision: {
        entry: decision.id,
        title: decision.title,
        date: decision.date,
        datePrecision: decision.datePrecision,
        dateTo: decision.dateTo,
        dateText: decision.dateText,
        url: decision.canonicalUrl,
      },
      sources: f.sourceList.map((s) => ({ id: s.id, title: s.title, url: s.url })),
      note: f.note,
    };
  });
}

/**
 * The funding lines as CSV, one row per line, amounts exact in pence and pounds.
 * @example fundingCsv(model).split("\r\n")[0] // "\uFEFFid,label,amount_pence,…"
 */
export function fundingCsv(model: ReportModel): string {
  const header = [
    "id", "label", "amount_pence", "amount_pounds", "up_to", "amount_text", "fund", "financial_year", "status",
    "decided_by", "decision_entry", "decision_date", "decision_date_precision", "decision_date_to", "decision_date_text",
    "decision_url", "sources", "note",
  ];
  const rows = fundingRecords(model).map((f) => [
    f.id, f.label, f.amountPence, penceToPounds(f.amountPence), f.upTo, f.amountText, f.fundLabel, f.financialYear, f.statusLabel,
    f.decidedBy.name, f.decision.entry, f.decision.date, f.decision.datePrecision, f.decision.dateTo, f.decision.dateText,
    f.decision.url, f.sources.map((s) => s.id).join(" "), f.note,
  ]);
  return toCsv(header, rows);
}

/**
 * The funding lines and their computed totals as JSON, for anyone who wants to check the sums.
 * @example JSON.parse(fundingJson(model)).lines[0].amountPence // 480000000
 */
export function fundingJson(model: ReportModel): string {
  const total = (t: { pence: number; hasUpTo: boolean; text: string }) => ({ amountPence: t.pence, upTo: t.hasUpTo, amountText: t.text });
  const data = {
    title: `Funding lines: ${model.site.title}`,
    about: moneyPage(model),
    notes: [
      "Amounts are whole pence. upTo is true when the decision allowed up to the amount rather than exactly it; a total that includes such an amount is a ceiling.",
      "The decision date is the date of the entry that records the decision, only as exact as the sources give it (datePrecision).",
    ],
    lines: fundingRecords(model),
    totals: {
      byStatus: model.money.byStatus.map((t) => ({ status: t.status, label: t.label, ...total(t.total) })),
      byFund: model.money.byFund.map((r) => ({ fund: r.fund, label: r.label, ...total(r.total) })),
    },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
