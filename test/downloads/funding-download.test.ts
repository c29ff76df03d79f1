import { describe, expect, it } from "vitest";
import { fundingCsv, fundingJson } from "../../src/downloads/funding-download.ts";
import { minimalModel, housingModel } from "../support/load-model.ts";

describe("the funding downloads", () => {
  it("write the minimal record's one line as this exact CSV", async () => {
    expect(fundingCsv(await minimalModel())).toBe(
      "\uFEFF" +
        "id,label,amount_pence,amount_pounds,up_to,amount_text,fund,financial_year,status,decided_by,decision_entry,decision_date,decision_date_precision,decision_date_to,decision_date_text,decision_url,sources,note,direction,stages\r\n" +
        "reserves-release,Released from reserves,480000000,4800000.00,false,£4.8m,Reserves,2014/15,Approved,Cabinet,cabinet-decides,2014-11-10,day,,10 November 2014,https://example.org/timeline/cabinet-decides/,council-statement,,out,\"Approved (2014-11-10, Cabinet)\"\r\n",
    );
  });

  it("give every funding line of a record with its exact amount in pence", async () => {
    const model = await housingModel();
    const rows = fundingCsv(model).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(model.funding.length);
    expect(rows.map((r) => r.match(/^[^,]+,(?:"[^"]*"|[^,]*),(\d+),/)?.[1])).toEqual(model.funding.map((f) => String(f.amountPence)));
  });

  it("give a sum's whole history in one row, and income marked as coming in", async () => {
    const rows = fundingCsv(await housingModel()).trimEnd().split("\r\n");
    expect(rows.find((r) => r.startsWith("damp-taskforce,"))).toBe(
      "damp-taskforce,Damp and mould taskforce,120000000,1200000.00,false,£1.2m,General reserves,2021/22 to 2022/23,Approved,Policy and Resources Committee," +
        "committee-approves-emergency-repairs-fund,2022-04-05,day,,5 April 2022,https://housing-repairs.example.net/timeline/committee-approves-emergency-repairs-fund/," +
        'council-statement-repairs-fund,,out,"Recommended (2022-03-22, Housing Committee); Approved (2022-04-05, Policy and Resources Committee)"',
    );
    expect(rows.find((r) => r.startsWith("damp-and-mould-grant,"))).toMatch(/,in,"Received \(2022-11-15, Housing Committee\)"$/);
  });

  it("give the same lines and computed totals as JSON", async () => {
    const model = await housingModel();
    const data = JSON.parse(fundingJson(model));
    expect(data.sums.map((l: { id: string; amountPence: number; upTo: boolean }) => [l.id, l.amountPence, l.upTo])).toEqual(
      model.funding.map((f) => [f.id, f.amountPence, f.upTo]),
    );
    expect(data.totals.out.byStatus).toEqual([
      { status: "approved", label: "Approved", amountPence: 445000000, upTo: true, amountText: "up to £4.45m", sums: 3 },
      { status: "proposed", label: "Proposed", amountPence: 30000000, upTo: false, amountText: "£300,000", sums: 1 },
    ]);
    expect(data.totals.out.byFinancialYear.map((y: { financialYear: string; amountText: string }) => `${y.financialYear}: ${y.amountText}`)).toEqual([
      "2021/22: £200,000",
      "2022/23: up to £4.25m",
      "2023/24: £300,000",
    ]);
    expect(data.totals.in.byStatus).toEqual([{ status: "received", label: "Received", amountPence: 40000000, upTo: false, amountText: "£400,000", sums: 1 }]);
    expect(data.about).toBe("https://housing-repairs.example.net/money/");
  });
});
