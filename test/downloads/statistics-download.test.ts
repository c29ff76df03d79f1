import { describe, expect, it } from "vitest";
import { statisticsCsv, statisticsJson } from "../../src/downloads/statistics-download.ts";
import { minimalModel, shippedModel } from "../support/load-model.ts";

describe("the statistics downloads", () => {
  it("write only the header when the record has no statistics", async () => {
    expect(statisticsCsv(await minimalModel())).toBe("\uFEFFid,measure,change_percent,period,period_note,stated_by,source,source_title,caveat,unit,value,before_value,before_period,change_from,target\r\n");
  });

  it("give each statistic with its period, who stated it and its caveat", async () => {
    const model = await shippedModel();
    const rows = statisticsCsv(model).trimEnd().split("\r\n");
    expect(rows).toHaveLength(model.statistics.length + 1);
    expect(rows[1]).toBe(
      "referrals-to-social-care,Referrals to children's social care,70,2012/13 to 2013/14,,,news-5-million-needed,'£5 million needed to keep children safe',\"A referral is a concern passed to the council; not every referral leads to a child needing safeguarding.\",,,,,source,",
    );
    const data = JSON.parse(statisticsJson(model));
    expect(data.statistics.map((s: { id: string; changePercent: number }) => [s.id, s.changePercent])).toEqual(model.statistics.map((s) => [s.id, s.changePercent]));
  });
});
