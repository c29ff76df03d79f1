import * as z from "zod";
import { HttpsUrlSchema } from "../schemas/common.ts";

/**
 * `editor` in data/site.json: publishing from the web. Absent (the default), the published site has
 * no editor at all; present, the build adds Decap CMS at /admin/, working on the site's GitHub
 * repository, where each entry becomes a pull request that CI checks before it can be merged.
 */
export const EditorSettingsSchema = z.strictObject({
  backend: z.literal("github"),
  /** The repository the site is built from, `owner/name`. */
  repo: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, { error: "must be a GitHub repository written owner/name" }),
  branch: z.string().regex(/^[\w./-]+$/, { error: "must be a branch name, such as main" }).default("main"),
  /** The OAuth service that signs editors in to GitHub (GitHub Pages has none of its own). */
  baseUrl: HttpsUrlSchema.optional(),
  authEndpoint: z.string().regex(/^[\w./-]+$/, { error: "must be a path on the sign-in service, such as auth" }).optional(),
});

export type EditorSettings = z.infer<typeof EditorSettingsSchema>;
