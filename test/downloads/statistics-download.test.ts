import { describe, expect, it } from "vitest";
import { statisticsCsv, statisticsJson } from "../../src/downloads/statistics-download.ts";
import { minimalModel, housingModel } from "../support/load-model.ts";

describe("the statistics downloads", () => {
  it("write only the header when the record has no statistics", async () => {
    expect(statisticsCsv(await minimalModel())).toBe("\uFEFFid,measure,change_percent,period,period_note,stated_by,source,source_title,caveat,unit,value,before_value,before_period,change_from,target\r\n");
  });

  it("give each statistic with its period, who stated it and its caveat", async () => {
    const model = await housingModel();
    const rows = statisticsCsv(model).trimEnd().split("\r\n");
    expect(rows).toHaveLength(model.statistics.length + 1);
    expect(rows[1]).toBe(
      "repairs-backlog,Repairs waiting to be done,105.3,January 2022,,,ombudsman-determination,Determination: Kestrel Vale Borough Council (damp and mould),,count,4312,2100,January 2021,values,",
    );
    expect(rows[2]).toBe(
      "repairs-overdue,Repairs open for more than 28 days,180,2020/21 to 2021/22,,,contractor-performance-report,\"Repairs contract performance, autumn 2021\",\"The contractor counts a repair as open until its last visit, even when the home is safe.\",,,,,source,",
    );
    const data = JSON.parse(statisticsJson(model));
    expect(data.statistics.map((s: { id: string; changePercent: number }) => [s.id, s.changePercent])).toEqual([
      ["repairs-backlog", 105.3],
      ["repairs-overdue", 180],
      ["damp-complaints", 65],
      ["gas-checks-overdue", -40],
    ]);
  });
});
