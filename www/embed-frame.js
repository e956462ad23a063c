/* Keuzehulp werkstress: iframe helper for the host page (licence EUPL-1.2).
 *
 *   <iframe data-keuzehulp src="https://…/embed.html?lang=nl" title="Keuzehulp werkstress"
 *     width="100%" height="700"></iframe>
 *   <script src="https://…/embed-frame.js" defer></script>
 *
 * The page in the iframe posts { type: 'keuzehulp:height', height } to this
 * page's origin whenever its height, rounded up to 200 px, changes; this
 * script sets that height on the iframe it came from,
 * so the keuzehulp never scrolls inside a box. A message counts only when it
 * comes from the window of an iframe[data-keuzehulp] and from the origin of
 * that iframe's src. It also gives those iframes width 100% and no border.
 * Nothing else: no cookies, no requests, no inline styles (CSSOM only, which a
 * strict style-src allows). A plain script, so it may also be copied to and
 * served from the host's own origin.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 100000;

  function frames() {
    return document.querySelectorAll('iframe[data-keuzehulp]');
  }

  function prepare(iframe) {
    if (iframe.dataset.keuzehulpReady) return;
    iframe.dataset.keuzehulpReady = '1';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.display = 'block';
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'keuzehulp:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var iframe = list[i];
      if (event.source !== iframe.contentWindow || event.origin !== originOf(iframe)) continue;
      prepare(iframe);
      iframe.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
    }
  });

  function prepareAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) prepare(list[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll);
  else prepareAll();
})();
