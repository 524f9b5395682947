// Types for the TypeScript tests; the module itself is plain JavaScript so it runs before anything is installed.
import type { SystemContext } from "./ensure-debian-packages.mjs";

export interface Requirement {
  what: string;
  isPresent: (ctx: Omit<SystemContext, "log" | "isRoot">) => boolean;
}
export function requirementFor(name: string): Requirement;
export function missingRequirements(names: string[], ctx: Omit<SystemContext, "log" | "isRoot">): string[];
