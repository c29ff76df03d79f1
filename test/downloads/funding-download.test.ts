import { describe, expect, it } from "vitest";
import { fundingCsv, fundingJson } from "../../src/downloads/funding-download.ts";
import { minimalModel, housingModel } from "../support/load-model.ts";

describe("the funding downloads", () => {
  it("write the minimal record's one line as this exact CSV", async () => {
    expect(fundingCsv(await minimalModel())).toBe(
      "\uFEFF" +
        "id,label,amount_pence,amount_pounds,up_to,amount_text,fund,financial_year,status,decided_by,decision_entry,decision_date,decision_date_precision,decision_date_to,decision_date_text,decision_url,sources,note\r\n" +
        "reserves-release,Released from reserves,480000000,4800000.00,false,£4.8m,Reserves,2014/15,Approved,Cabinet,cabinet-decides,2014-11-10,day,,10 November 2014,https://example.org/timeline/cabinet-decides/,council-statement,\r\n",
    );
  });

  it("give every funding line of a record with its exact amount in pence", async () => {
    const model = await housingModel();
    const rows = fundingCsv(model).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(model.funding.length);
    expect(rows.map((r) => r.match(/^[^,]+,(?:"[^"]*"|[^,]*),(\d+),/)?.[1])).toEqual(model.funding.map((f) => String(f.amountPence)));
  });

  it("give the same lines and computed totals as JSON", async () => {
    const model = await housingModel();
    const data = JSON.parse(fundingJson(model));
    expect(data.lines.map((l: { id: string; amountPence: number; upTo: boolean }) => [l.id, l.amountPence, l.upTo])).toEqual(
      model.funding.map((f) => [f.id, f.amountPence, f.upTo]),
    );
    expect(data.totals.byStatus).toEqual([
      { status: "approved", label: "Approved", amountPence: 365000000, upTo: true, amountText: "up to £3.65m" },
      { status: "recommended", label: "Recommended", amountPence: 120000000, upTo: false, amountText: "£1.2m" },
      { status: "proposed", label: "Proposed", amountPence: 30000000, upTo: false, amountText: "£300,000" },
    ]);
    expect(data.about).toBe("https://housing-repairs.example.net/money/");
  });
});
