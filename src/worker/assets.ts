/**
 * The web chat's static files from Workers Static Assets (the ASSETS binding over src/web/static). wrangler.toml
 * sends every request to the Worker first (run_worker_first), so pages still get the app's CSP and security
 * headers; this adapter only fetches the file's bytes. html_handling = "none" there, so "/index.html" is served as
 * is rather than redirected to "/".
 */
import type { AssetSource } from "../app-types.js";

/** The used part of the `Fetcher` that env.ASSETS is. */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/** Any origin will do: the binding only looks at the path. */
const ASSETS_ORIGIN = "https://assets.invalid";

const FALLBACK_TYPE = "application/octet-stream";

export function createWorkerAssets(binding: AssetsBinding): AssetSource {
  return {
    async get(path) {
      const res = await binding.fetch(new Request(`${ASSETS_ORIGIN}${path}`));
      if (!res.ok) {
        await res.body?.cancel();
        return null;
      }
      return { body: res.body ?? "", contentType: res.headers.get("content-type") ?? FALLBACK_TYPE };
    },
  };
}
