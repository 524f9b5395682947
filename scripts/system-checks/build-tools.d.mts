// Types for the TypeScript tests; the module itself is plain JavaScript so it runs before anything is installed.
export interface MissingTool {
  tool: string;
  debianPackage: string;
}
export function missingBuildTools(env: NodeJS.ProcessEnv): MissingTool[];
export function buildToolsMessage(missing: MissingTool[], isRoot: boolean): string;
