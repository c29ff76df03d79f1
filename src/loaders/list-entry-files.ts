import { surveyContent } from "./survey-content.ts";

/** Every entry file under content/, as project-relative paths in a stable order; anything else there is left to surveyContent to report. */
export async function listEntryFiles(root: string, contentDir = "content"): Promise<string[]> {
  return surveyContent(root, contentDir).files;
}
