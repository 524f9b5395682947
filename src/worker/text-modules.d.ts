/**
 * Text modules (wrangler.toml [[rules]] type = "Text"): the prompt files and the bundled index are imported as
 * strings. Declared by pattern, so type-checking works on a fresh clone before the index has been generated.
 */
declare module "*.md" {
  const text: string;
  export default text;
}

declare module "*.json.txt" {
  const text: string;
  export default text;
}
