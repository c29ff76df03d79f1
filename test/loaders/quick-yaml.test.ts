import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { quickYaml } from "../../src/loaders/quick-yaml.ts";

const full = (text: string) => parseDocument(text, { schema: "core", uniqueKeys: true }).toJS() as unknown;

describe("quickYaml", () => {
  it.each([
    ["booleans", "a: true\nb: True\nc: TRUE\nd: false\ne: yes\nf: on\ng: y\nh: No"],
    ["numbers", "a: 0o17\nb: 017\nc: 0x1F\nd: +12\ne: -0\nf: 1_000\ng: 0b11\nh: 1e3\ni: .5\nj: 1.\nk: -.inf\nl: .NaN\nm: 1.0e+3\nn: 12:30\no: 0.1.2"],
    ["infinities and not-a-number, however capitalised", "a: .inf\nb: +.Inf\nc: -.INF\nd: .nan\ne: .NAN\nf: -1.5e-3\ng: 0o777\nh: 0xff"],
    ["nulls and empty values", "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: ''\ng: \"\""],
    ["dates, which stay text", "date: 2014-02-30\ndateTo: 2014-11-09\nwhen: 2014-11-10T10:00:00Z"],
    ["block and flow collections", "a: >-\n  one\n  two\nb: |\n  x\n   y\nc:\n  - 1\n  - q: 2\n    r: [3, 'x', \"y\"]\nd: {e: f}"],
    ["quotes, comments and punctuation", "title: It's \"x\" # a comment\nx: a#b\ny: 'it''s'\nz: \"tab\\there\"\nw: £1.64m – 10%"],
  ])("reads %s exactly as the yaml package's core schema does", (_name, text) => {
    expect(quickYaml(text)).toEqual(full(text));
  });

  it.each([
    ["an anchor and alias", "a: &x 1\nb: *x"],
    ["an explicit tag", "a: !!str 12"],
    ["a tag starting a line", "!!str a: 12"],
    ["an alias starting a line", "b: &x 1\n*x : 2"],
    ["a directive", "%YAML 1.2\n---\na: 1"],
    ["a duplicate key", "a: 1\na: 2"],
    ["invalid YAML", "a: \"never closed\nb: 2"],
    ["a list at the top", "- a\n- b"],
    ["a scalar at the top", "just text"],
    ["nothing", ""],
  ])("leaves %s to the full parser", (_name, text) => {
    expect(quickYaml(text)).toBeUndefined();
  });
});
