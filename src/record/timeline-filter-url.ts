/**
 * The address of the page that lists the timeline's entries of one kind or one phase.
 * @example timelineFilterUrl("kind", "cabinet-decision") // "/timeline/kind/cabinet-decision/"
 */
export function timelineFilterUrl(by: "kind" | "phase", id: string): string {
  return `/timeline/${by}/${id}/`;
}
