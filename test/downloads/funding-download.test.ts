import { describe, expect, it } from "vitest";
import { fundingCsv, fundingJson } from "../../src/downloads/funding-download.ts";
import { minimalModel, shippedModel } from "../support/load-model.ts";

describe("the funding downloads", () => {
  it("write the minimal record's one line as this exact CSV", async () => {
    expect(fundingCsv(await minimalModel())).toBe(
      "\uFEFF" +
        "id,label,amount_pence,amount_pounds,up_to,amount_text,fund,financial_year,status,decided_by,decision_entry,decision_date,decision_date_precision,decision_date_to,decision_date_text,decision_url,sources,note,direction,stages\r\n" +
        "reserves-release,Released from reserves,480000000,4800000.00,false,£4.8m,Reserves,2014/15,Approved,Cabinet,cabinet-decides,2014-11-10,day,,10 November 2014,https://example.org/timeline/cabinet-decides/,council-statement,,out,\"Approved (2014-11-10, Cabinet)\"\r\n",
    );
  });

  it("give every funding line of the shipped record with its exact amount in pence", async () => {
    const model = await shippedModel();
    const rows = fundingCsv(model).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(model.funding.length);
    expect(rows.map((r) => r.match(/^[^,]+,(?:"[^"]*"|[^,]*),(\d+),/)?.[1])).toEqual(model.funding.map((f) => String(f.amountPence)));
  });

  it("give the same lines and computed totals as JSON", async () => {
    const model = await shippedModel();
    const data = JSON.parse(fundingJson(model));
    expect(data.sums.map((l: { id: string; amountPence: number; upTo: boolean }) => [l.id, l.amountPence, l.upTo])).toEqual(
      model.funding.map((f) => [f.id, f.amountPence, f.upTo]),
    );
    expect(data.totals.out.byStatus).toEqual([
      { status: "approved", label: "Approved", amountPence: 580000000, upTo: true, amountText: "up to £5.8m", sums: 2 },
      { status: "recommended", label: "Recommended", amountPence: 164000000, upTo: false, amountText: "£1.64m", sums: 1 },
    ]);
    expect(data.about).toBe("https://accountability-report.example.org/money/");
  });
});
