/** Stands in for `ajv-formats` in the Worker build (see ajv-unavailable.ts): nothing to register on a stub. */
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
