// The widget's wasm-bindgen glue (dist/pkg-widget-plan/keuzehulp.js): the site's
// entry points and those of src/web/widget.rs.
export * from '../pkg-site/keuzehulp.js';
export { default } from '../pkg-site/keuzehulp.js';
export class WidgetHandle {
  destroy(): void;
  free(): void;
}
export function mount_widget(element: Element, preset: string, lang: string, contacts: string | undefined, share_base: string, debug: boolean): WidgetHandle;
export function embed_vocabulary(lang: string): string;
export function check_contacts(text: string, lang: string): string;
export function contact_shown(preset: string, expert: string, lang: string): string;
