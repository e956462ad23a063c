// The lenient part of the type check: an element, or an event's target, is
// not narrowed to its kind (`getElementById` gives an HTMLElement, and
// `.value` on it would need a JSDoc cast at each of some 80 places in www/).
// Any property may be read on them; everything else is checked as the DOM
// and the code declare it. Narrowing them is a follow-up (delete this file,
// then add the casts).
interface Element { [key: string]: any }
interface EventTarget { [key: string]: any }
