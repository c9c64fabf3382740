/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files; this lets .ts modules import components.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
