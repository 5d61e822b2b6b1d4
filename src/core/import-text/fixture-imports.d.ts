/**
 * Vitest (through Vite) loads `<file>?inline` as a base64 data URL of the file's exact bytes. The
 * importer's tests read their fixtures that way, so that src/core stays free of filesystem access.
 */
declare module '*?inline' {
  const dataUrl: string;
  export default dataUrl;
}
