// Eleventy 3 ships no type declarations; these cover the parts this project calls.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: any) => void | Promise<void>;
    source?: "cli" | "script";
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
    init(): Promise<void>;
    /** Builds, then rebuilds on every change; resolves to the function that runs one rebuild for a changed file. */
    watch(): Promise<(file: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    readonly errorHandler: { error(error: unknown, message?: string): void; fatal(error: unknown, message?: string): void };
    readonly watcher?: { on(event: "unlink" | "add" | "change", listener: (file: string) => void): void };
  }
  export const HtmlBasePlugin: (eleventyConfig: any, options?: unknown) => void;
}

declare module "@11ty/eleventy-plugin-rss" {
  /** An Atom (RFC 3339) timestamp, in UTC, without milliseconds. */
  export const dateToRfc3339: (date: Date) => string;
}
