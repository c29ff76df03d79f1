// The worker runs as `node search-records-worker.mjs …`, wherever the build was started from:
// register the TypeScript loader from here, then run it.
import { register } from "tsx/esm/api";

register();
await import("./search-records-worker.ts");
