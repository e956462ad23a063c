// The site's wasm-bindgen glue (dist/pkg-site/keuzehulp.js), as src/web/mod.rs exports it.
export default function init(options?: { module_or_path?: unknown }): Promise<unknown>;
export function start(lang: string): void;
export function add_content(lang: string, pack: string): void;
export function set_content_loader(loader: (lang: string) => Promise<string>): void;
