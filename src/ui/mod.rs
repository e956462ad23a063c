//! The yew user interface (rendered in the browser, and to a string natively for
//! prerendering and tests).
