const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values: what editors typed is shown, never run.
 * @example escapeHtml('<script>"x"') // "&lt;script&gt;&quot;x&quot;"
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
