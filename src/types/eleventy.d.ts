// Eleventy 3 ships no type declarations; these cover the parts this project calls.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
  export const HtmlBasePlugin: (eleventyConfig: any, options?: unknown) => void;
}

declare module "@11ty/eleventy-plugin-rss" {
  /** An Atom (RFC 3339) timestamp, in UTC, without milliseconds. */
  export const dateToRfc3339: (date: Date) => string;
}
