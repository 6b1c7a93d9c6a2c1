/** Vite's `?raw` imports: fixture files read as text at build time (workerd has no file system). */
declare module "*?raw" {
  const content: string;
  export default content;
}
