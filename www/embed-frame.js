/* Keuzehulp werkstress: iframe helper for the host page (licence EUPL-1.2).
 *
 *   <iframe data-keuzehulp src="https://…/embed.html?lang=nl" title="Keuzehulp werkstress"
 *     width="100%" height="700"></iframe>
 *   <script src="https://…/embed-frame.js" defer></script>
 *
 * Gives every iframe[data-keuzehulp] width 100%, no border, and a height that
 * depends on the visitor's screen only: as tall as the window, at least
 * 28rem and at most 60rem. The keuzehulp scrolls inside it. Its height never
 * follows the page inside: how long that page is depends on the answers
 * (a crisis, harassment), and a script of the host page can read the
 * iframe's size (SECURITY.md, "The iframe mode's height"). The page in the
 * iframe sends this page nothing, and this script listens to nothing.
 * No cookies, no requests, no inline styles (CSSOM only, which a strict
 * style-src allows). A plain script, so it may also be copied to and served
 * from the host's own origin.
 */
(function () {
  'use strict';
  /** The same for every answer: only the host's own window decides. */
  var HEIGHT = 'max(28rem, min(100vh, 60rem))';

  function prepare(iframe) {
    if (iframe.dataset.keuzehulpReady) return;
    iframe.dataset.keuzehulpReady = '1';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.height = HEIGHT;
  }

  function prepareAll() {
    var list = document.querySelectorAll('iframe[data-keuzehulp]');
    for (var i = 0; i < list.length; i++) prepare(list[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll);
  else prepareAll();
})();
