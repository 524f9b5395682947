// A worker thread starts without its parent's module loaders, so it registers tsx itself (as the search thread does).
import { register } from "tsx/esm/api";

register();
await import("./analyze-worker.ts");
