// Service worker: the keuzehulp works offline after the first visit.
//
// The app shell is cached when this worker installs, in a cache named after
// the build (`cargo xtask build` puts the content hash of dist in place of the
// placeholder), and served cache-first from then on. Everything else goes to
// the network as usual. A new deploy is a new worker with a new cache name: it
// installs next to the old one, takes over when no tab runs the old version
// any more (no skipWaiting, so one page never mixes two builds), and then
// deletes the old caches.
//
// The texts come in one content pack per language (pkg/content-*.txt). A visit
// downloads only its own language, so the worker stores the packs that pass
// through it (main.js asks for its pack once more when the worker takes over):
// offline, the app works in every language used online before.
//
// Only this build's files: the build writes the SHA-256 of every file this
// worker may cache into DIGESTS below (xtask/src/worker.rs). A file is stored
// only when its bytes have that digest, and checked again each time it is
// served; one that does not match (another build's file from the HTTP cache,
// or one another page of this origin put into our cache) is dropped and
// fetched again. The worker takes a file from the HTTP cache when its digest
// is this build's (the page has just downloaded it), else from the server
// past the HTTP cache (`cache: 'reload'`).
// The digests check integrity against our own build, not who wrote a file:
// whoever can change sw.js on the origin can change them too (SECURITY.md).
//
// Privacy: only the fixed files below are cached, and only for requests
// without a query string. Answers live in the URL fragment, which browsers
// never send, so they never reach this worker or a cache. A cached pack says
// no more than which language was used.

const CACHE = 'keuzehulp-__BUILD_HASH__';
const PREFIX = 'keuzehulp-';

// { shell: { path: sha256 base64 }, packs: { path: sha256 base64 } }, paths relative
// to this file (so the site works at / and under a sub-path). The build
// replaces the quoted placeholder with JSON (terser leaves JSON.parse alone);
// unbuilt, nothing is cached.
const DIGESTS = JSON.parse('"__FILE_DIGESTS__"');
const built = typeof DIGESTS === 'object';

const scope = new URL('./', self.location.href);
const href = (path) => new URL(path, scope).href;
/** URL → its SHA-256 (base64), for every file this worker may cache. */
const digestOf = new Map();
const shellUrls = new Set();
const packUrls = new Set();
if (built) {
  for (const [path, digest] of Object.entries(DIGESTS.shell)) {
    shellUrls.add(href(path));
    digestOf.set(href(path), digest);
  }
  for (const [path, digest] of Object.entries(DIGESTS.packs)) {
    packUrls.add(href(path));
    digestOf.set(href(path), digest);
  }
}
const indexUrl = href('index.html');

/** Whether `response` (not consumed) holds exactly this build's `url`. */
async function belongs(url, response) {
  if (!response || !response.ok) return false;
  const bytes = await response.clone().arrayBuffer();
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...hash)) === digestOf.get(url);
}

/**
 * `url` as this build has it; the response, and whether it is this build's.
 * First the HTTP cache: the page has just downloaded the same files, and a
 * copy with this build's digest is the file (a first visit downloads each
 * file once, not once more for this worker). Else from the server, past the
 * HTTP cache.
 */
async function fetchFresh(url) {
  const kept = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' }).catch(() => null);
  if (await belongs(url, kept)) return { response: kept, ok: true };
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  return { response, ok: await belongs(url, response) };
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (!built) throw new Error('keuzehulp: sw.js is not built (no file digests)');
    const cache = await caches.open(CACHE);
    for (const url of shellUrls) {
      const { response, ok } = await fetchFresh(url);
      // Another build on the server (a deploy between the page load and now):
      // fail the install (the browser tries again on the next visit).
      if (!ok) {
        await caches.delete(CACHE);
        throw new Error(`keuzehulp: ${url} is not this build's (the site changed while caching it)`);
      }
      await cache.put(url, response);
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is controlled right away (so it works offline next time).
    await self.clients.claim();
  })());
});

/** The cached URL for a URL of the shell or a pack without a query (the root is index.html), else null. */
function shellUrl(requested) {
  const url = new URL(requested);
  if (url.origin !== scope.origin || url.search !== '') return null;
  url.hash = '';
  if (url.href === scope.href) return indexUrl;
  return shellUrls.has(url.href) || packUrls.has(url.href) ? url.href : null;
}

/** Is this request for the standalone app? Other pages here (embed.html, the
 *  widget builder) use pkg-widget/ and the packs in pkg/, from the network:
 *  they must not get an older pack from this cache. */
async function forTheApp(event) {
  if (event.request.mode === 'navigate') return true;
  if (!event.clientId) return true; // the browser itself: manifest, icons
  const client = await self.clients.get(event.clientId);
  return !client || shellUrl(client.url) === indexUrl;
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !built) return;
  const url = shellUrl(event.request.url);
  if (!url) return; // the network, as without a service worker
  event.respondWith((async () => {
    if (!(await forTheApp(event))) return fetch(event.request);
    const cache = await caches.open(CACHE);
    const cached = await cache.match(url);
    if (cached && (await belongs(url, cached))) return cached;
    if (cached) {
      console.warn(`keuzehulp: ${url} in the cache is not this build's: dropped, fetched again`);
      await cache.delete(url);
    }
    const { response, ok } = await fetchFresh(url);
    // (Not this build's either: a newer deploy. Served, not kept: the page
    // then refuses a pack of another build and asks for a reload.)
    if (ok) await cache.put(url, response.clone());
    return response;
  })());
});
