// Vite inlines `?inline` imports as data: URLs (used for the certificate fonts, bundled into the Worker).
declare module '*?inline' {
  const dataUrl: string;
  export default dataUrl;
}
