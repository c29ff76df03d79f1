/**
 * The admin page's own script, run before Decap CMS starts: entries are read and written exactly
 * as `npm run new` writes them, money is typed in pounds and stored in pence, a new entry's file is
 * named from its date and title, and every save is followed by `npm run check`'s own messages.
 */
import { composeEntryFile, readEntryFile } from "../../editor/compose-entry-file.ts";
import { slugify } from "../../editor/slugify.ts";
import { ENTRY_FORMAT, HELPER_FIELDS } from "../form-names.ts";
import { formatPounds, parsePounds } from "../pounds.ts";

/** What the server tells the page, in a JSON island (never a script that runs). */
interface EditorSettings {
  /** True on the local backend (`npm start`), which checks every save; false on the published site's repository. */
  local: boolean;
  /** An entry's address on the preview, with {id} for its id. */
  entryUrl: string;
}

// Immutable.js maps, as Decap hands them to event handlers.
interface ImmutableMap {
  get(key: string): any;
  set(key: string, value: unknown): ImmutableMap;
  delete(key: string): ImmutableMap;
  toJS(): any;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: any;
    h: (...args: any[]) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

window.CMS_MANUAL_INIT = true;

const settings = JSON.parse(document.getElementById("report-editor-settings")?.textContent ?? "{}") as EditorSettings;

/** The panel under the editor where check results appear; part of this page, not of Decap's UI. */
function panel() {
  return {
    status: document.getElementById("report-check-status")!,
    list: document.getElementById("report-check-problems")!,
    page: document.getElementById("report-check-page") as HTMLAnchorElement,
  };
}

function showPage(id: string | undefined) {
  const { page } = panel();
  if (!id) return void (page.hidden = true);
  page.href = settings.entryUrl.replace("{id}", id);
  page.textContent = `See the entry in the preview: ${page.pathname}`;
  page.hidden = false;
}

/** Runs the check and shows its result in plain words; the messages are `npm run check`'s, located. */
async function showCheck(after: string) {
  const { status, list } = panel();
  if (!settings.local) return;
  status.textContent = `${after} Checking…`;
  try {
    const response = await fetch("/api/report/check", { cache: "no-store" });
    const result = (await response.json()) as { ok: boolean; problems: { text: string }[] };
    list.replaceChildren(...result.problems.map((p) => Object.assign(document.createElement("li"), { textContent: p.text })));
    const n = result.problems.length;
    status.textContent = result.ok
      ? `${after} npm run check: all content is valid.`
      : `${after} npm run check finds ${n} ${n === 1 ? "problem" : "problems"}; the preview shows them until they are fixed. Each says file:line:column, the field, and what is wrong:`;
  } catch {
    status.textContent = `${after} The check could not run: is npm start still running?`;
  }
}

/** The id an entry's page has: its file name without the date. */
const idOf = (slug: string | undefined) => slug?.split("/").pop()?.replace(/^\d{4}-\d{2}-\d{2}-/, "");

function registerEntryFormat(CMS: any) {
  CMS.registerCustomFormat(ENTRY_FORMAT, "md", {
    fromFile: (text: string) => {
      const { frontMatter, body } = readEntryFile(text);
      return { ...frontMatter, body };
    },
    toFile: (data: Record<string, unknown>) => {
      const { body, ...frontMatter } = data;
      for (const helper of Object.values(HELPER_FIELDS)) delete frontMatter[helper];
      return composeEntryFile(frontMatter, typeof body === "string" ? body : "");
    },
  });
}

function registerSaveHooks(CMS: any) {
  CMS.registerEventListener({
    name: "preSave",
    handler: async ({ entry }: { entry: ImmutableMap }) => {
      if (entry.get("collection") !== "entries") return undefined;
      let data = entry.get("data") as ImmutableMap;
      const date = String(data.get("date") ?? "");
      const id = entry.get("newRecord") ? slugify(String(data.get("title") ?? "")) : idOf(entry.get("slug"));
      // A new entry's file is named as `npm run new` names it: content/YEAR/YYYY-MM-DD-words-of-title.md
      if (entry.get("newRecord")) data = data.set(HELPER_FIELDS.fileName, `${date}-${id}`).set(HELPER_FIELDS.fileYear, date.slice(0, 4));
      const sums = (data.get(HELPER_FIELDS.newSums)?.toJS?.() as unknown[] | undefined) ?? [];
      const stages = (data.get(HELPER_FIELDS.newStages)?.toJS?.() as unknown[] | undefined) ?? [];
      if (sums.length + stages.length > 0 && settings.local) {
        const response = await fetch("/api/report/sums", {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ entry: id, sums, stages }),
        });
        const result = (await response.json()) as { ok: boolean; ids?: string[]; problems?: string[] };
        // Thrown errors stop the save; Decap shows the message.
        if (!result.ok) throw new Error(`The money was not saved: ${(result.problems ?? []).join("; ")}`);
        const funding = (data.get("funding")?.toJS?.() as string[] | undefined) ?? [];
        data = data.set("funding", [...new Set([...funding, ...(result.ids ?? [])])]);
      }
      return data.delete(HELPER_FIELDS.newSums).delete(HELPER_FIELDS.newStages);
    },
  });
  CMS.registerEventListener({
    name: "postSave",
    handler: async ({ entry }: { entry: ImmutableMap }) => {
      const isEntry = entry.get("collection") === "entries";
      const data = entry.get("data") as ImmutableMap;
      const id = isEntry ? (entry.get("newRecord") ? slugify(String(data.get("title") ?? "")) : idOf(entry.get("slug"))) : undefined;
      showPage(id);
      await showCheck(isEntry ? `Saved “${String(data.get("title") ?? "")}”.` : "Saved.");
    },
  });
}

/** Money is typed in pounds ("4,800,000", "£4.8m") and kept as the record keeps it: whole pence. */
function registerPoundsWidget(CMS: any) {
  const { h, createClass } = window;
  const Control = createClass({
    getInitialState(this: any) {
      return { text: typeof this.props.value === "number" ? formatPounds(this.props.value) : String(this.props.value ?? "") };
    },
    isValid(this: any) {
      const value = this.props.value;
      if (value === undefined || value === "" || value === null) return true;
      if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return true;
      const parsed = parsePounds(String(value));
      return { error: { message: "error" in parsed ? parsed.error : "Write the amount in pounds" } };
    },
    render(this: any) {
      return h("input", {
        type: "text", inputMode: "decimal", id: this.props.forID, className: this.props.classNameWrapper, value: this.state.text,
        onFocus: this.props.setActiveStyle, onBlur: this.props.setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          const text = event.target.value;
          this.setState({ text });
          const parsed = parsePounds(text);
          this.props.onChange("pence" in parsed ? parsed.pence : text);
        },
      });
    },
  });
  const Preview = createClass({
    render(this: any) {
      return h("p", {}, typeof this.props.value === "number" ? `£${formatPounds(this.props.value)}` : "");
    },
  });
  CMS.registerWidget("pounds", Control, Preview);
}

window.addEventListener("DOMContentLoaded", () => {
  const CMS = window.CMS;
  registerEntryFormat(CMS);
  registerPoundsWidget(CMS);
  registerSaveHooks(CMS);
  CMS.init();
  void showCheck("");
});
