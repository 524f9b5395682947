// A worker thread starts without its parent's module loaders (and a test runner has none to pass on), so it
// registers tsx itself before loading the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./sparse-search-worker.ts");
