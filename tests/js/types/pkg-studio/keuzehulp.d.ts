// The rules studio's wasm-bindgen glue (dist/pkg-studio/keuzehulp.js): the
// widget's entry points and those of src/web/studio.rs.
export * from '../pkg-widget-plan/keuzehulp.js';
export { default } from '../pkg-widget-plan/keuzehulp.js';
export function studio_check(names: string[], texts: string[]): string;
export function studio_set_builtin(names: string[], texts: string[]): boolean;
export function studio_questions(lang_code: string): string;
export function studio_preview(root_id: string, answers: string, lang_code: string): string;
export function studio_diff(path: string, old: string, new_text: string): string;
export function studio_zip(names: string[], texts: string[]): Uint8Array;
export function studio_cases(names: string[], texts: string[]): string;
export function studio_chunks(): number;
export function studio_check_chunk(chunk: number): string;
export function studio_pack(lang_code: string): string;
export function studio_fingerprint(): string;
export function studio_preview_rules(fingerprint: string): void;
