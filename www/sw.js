// Service worker: the keuzehulp works offline after the first visit.
//
// The app shell (and plan.html) is cached when this worker installs, in a
// cache named after the build (`cargo xtask build` puts the content hash of
// dist in place of the placeholder), and served cache-first from then on.
// The other pages of the site (the overview, the iframe page, the employers'
// pages) and the plan page's wasm (DIGESTS.warmUp) are fetched in
// the background once the first visit is over: the page posts
// 'keuzehulp:warm-up' after its `load`, when it is idle and this worker is
// active, and the worker then fetches them one at a time (not at install:
// they would double what a first visit needs before it is usable; not with
// Save-Data). So after one visit of the site they all work offline. They are
// also kept when a page uses them online, as the content packs and the rules
// studio are (the studio, about 260 KB for rule experts, is not fetched in the
// background: it works offline after its own first visit).
// Everything else goes to the network as usual. A new deploy is a new worker with a new cache
// name: it installs next to the old one and takes over when no tab runs the
// old version any more, or at the next navigation (a reload): the old worker
// then hands over and answers that navigation from the network, where the new
// build is, so one page never mixes two builds. Then the old caches go.
//
// The texts come in one content pack per language (pkg-site/content-*.txt). A visit
// downloads only its own language, so the worker stores the packs that pass
// through it (main.js asks for its pack once more when the worker takes over):
// offline, the app works in every language used online before.
//
// Only this build's bytes, under our own headers (issue 28): the build writes
// the SHA-256 of every file this worker may cache into DIGESTS below
// (xtask/src/worker.rs). A file is stored only when its bytes have that
// digest, and checked again each time it is served. What is served is a new
// Response made from the verified bytes with the headers of its file type
// (HEADERS): never a stored Response as it is, so a `Refresh`, a
// `Content-Disposition` or a wrong `Content-Type` that another page of this
// origin put into our cache next to the right bytes has no effect. An entry
// whose bytes do not match (another build's file from the HTTP cache, or one
// another page put there) is never served: it is fetched again, and replaced
// only when a verified copy has arrived (offline the request fails as it
// would without a worker, and the next visit online repairs it). The worker
// takes a file from the HTTP cache when its digest is this build's (the page
// has just downloaded it), else from the server past the HTTP cache
// (`cache: 'reload'`). The digests check integrity
// against our own build, not who wrote a file: whoever can change sw.js on the
// origin can change them too (SECURITY.md).
//
// Privacy: only the fixed files below are cached, never a URL with a query or
// a fragment (a page asked for with a query, such as embed.html?preset=…, is
// answered with the page's cached bytes; the query is not stored). Answers
// live in the URL fragment, which browsers never send, so they never reach
// this worker or a cache. A cached pack says no more than which language was
// used.

const CACHE = 'keuzehulp-__BUILD_HASH__';
const PREFIX = 'keuzehulp-';

// { shell: { path: sha256 base64 }, onUse: { path: sha256 base64 }, warmUp: [path] }
// (warmUp: the onUse files fetched in the background; not the studio), paths relative
// to this file (so the site works at / and under a sub-path). The build
// replaces the quoted placeholder with JSON (terser leaves JSON.parse alone);
// unbuilt, nothing is cached.
const DIGESTS = JSON.parse('"__FILE_DIGESTS__"');
const built = typeof DIGESTS === 'object';

/** The headers we serve a file with, by its extension (never the stored ones). */
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  webmanifest: 'application/manifest+json',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const scope = new URL('./', self.location.href);
const href = (path) => new URL(path, scope).href;
/** URL → its SHA-256 (base64), for every file this worker may cache. */
const digestOf = new Map();
const shellUrls = new Set();
/** Kept when a page uses them: the packs, the other pages and what they load. */
const onUseUrls = new Set();
if (built) {
  for (const [path, digest] of Object.entries(DIGESTS.shell)) {
    shellUrls.add(href(path));
    digestOf.set(href(path), digest);
  }
  for (const [path, digest] of Object.entries(DIGESTS.onUse)) {
    onUseUrls.add(href(path));
    digestOf.set(href(path), digest);
  }
}
/** What the background warm-up fetches: onUse but the rules studio (xtask/src/worker.rs). */
const warmUpUrls = built ? DIGESTS.warmUp.map(href).filter((url) => onUseUrls.has(url)) : [];
const indexUrl = href('index.html');

/** The headers of `url`'s file type. */
function headersFor(url) {
  const ext = new URL(url).pathname.split('.').pop();
  return { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' };
}

/** A response of our own: `bytes` (verified) under the headers of `url`'s type. */
function ours(url, bytes) {
  return new Response(bytes, { status: 200, headers: headersFor(url) });
}

/** The bytes of `response` if they are exactly this build's `url`, else null. */
async function verified(url, response) {
  if (!response || !response.ok) return null;
  const bytes = await response.clone().arrayBuffer();
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return btoa(String.fromCharCode(...hash)) === digestOf.get(url) ? bytes : null;
}

/**
 * `url` as this build has it: its verified bytes (stored in `cache` under our
 * headers), or null (another build's, or an error status). First the HTTP
 * cache: the page has just downloaded the same files, and a copy with this
 * build's digest is the file (a first visit downloads each file once, not once
 * more for this worker; issue 29). Else from the server, past the HTTP cache.
 * Throws when the network is down and the HTTP cache has no good copy.
 */
async function fetchVerified(cache, url) {
  const kept = await fetch(url, { cache: 'force-cache', credentials: 'same-origin' }).catch(() => null);
  const keptBytes = await verified(url, kept);
  if (keptBytes) {
    await cache.put(url, ours(url, keptBytes));
    return { response: kept, bytes: keptBytes };
  }
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  const bytes = await verified(url, response);
  if (bytes) await cache.put(url, ours(url, bytes));
  return { response, bytes };
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (!built) throw new Error('keuzehulp: sw.js is not built (no file digests)');
    const cache = await caches.open(CACHE);
    for (const url of shellUrls) {
      // (Already here and verified: an earlier, interrupted install.)
      if (await verified(url, await cache.match(url))) continue;
      const { bytes } = await fetchVerified(cache, url);
      // Another build on the server (a deploy between the page load and now):
      // fail the install (the browser tries again on the next visit).
      if (!bytes) throw new Error(`keuzehulp: ${url} is not this build's (the site changed while caching it)`);
    }
    // A worker for our scope that is not ours (another script of this origin
    // registered in our folder): take its place at once, not when its tabs close.
    // (sw.js with a query is still our script: only the path counts.)
    const active = self.registration.active;
    if (active && new URL(active.scriptURL).pathname !== self.location.pathname) await self.skipWaiting();
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

/** The studio's files (onUse less warmUp: STUDIO in xtask/src/worker.rs): kept when the studio asks (studio.js). */
const studioUrls = [...onUseUrls].filter((url) => !warmUpUrls.includes(url));
/** The warm-ups asked for, one after the other (a second ask joins the queue). */
let warming = Promise.resolve();

/**
 * A background warm-up: every file of `urls` that the cache has no verified
 * copy of, fetched and checked one after the other (never several at once, so
 * it never competes with a page). Offline or on a failure it stops: the next
 * visit tries again. Not with Save-Data (the page does not ask then either).
 * @param {string[]} urls
 */
async function warmUp(urls) {
  if (/** @type {any} */ (self.navigator).connection?.saveData) return;
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (await verified(url, await cache.match(url))) continue;
    try {
      await fetchVerified(cache, url);
    } catch {
      return;
    }
  }
}

// The old worker hands over at a navigation (xtask: a reload after a deploy).
// A page asks for the warm-up once it has loaded (main.js); the studio for
// its own files (studio.js).
// (Only pages and workers of this origin can post to a worker.)
self.addEventListener('message', (event) => {
  if (event.data === 'keuzehulp:take-over') self.skipWaiting();
  else if ((event.data === 'keuzehulp:warm-up' || event.data === 'keuzehulp:warm-up-studio') && built) {
    const urls = event.data === 'keuzehulp:warm-up' ? warmUpUrls : studioUrls;
    warming = warming.then(() => warmUp(urls)).catch(() => {});
    event.waitUntil(warming);
  }
});

/**
 * The cached URL for a request of the shell or a pack (the root is
 * index.html), else null. A query is allowed on a navigation to a cached page
 * only (embed.html?preset=…: the page is the same file).
 */
function shellUrl(requested, navigate = false) {
  const url = new URL(requested);
  url.hash = '';
  if (url.origin !== scope.origin) return null;
  if (url.search !== '') {
    if (!navigate) return null;
    url.search = '';
  }
  if (url.href === scope.href) return indexUrl;
  if (navigate && !url.pathname.endsWith('.html')) return null;
  return shellUrls.has(url.href) || onUseUrls.has(url.href) ? url.href : null;
}

/** Is this request from one of our cached pages or their workers (or a
 *  navigation to one)? Other pages here (the widget builder, a host page) get
 *  the network: they must not get an older build's file from this cache. A
 *  page is known by its .html; a (dedicated) worker by its script, one of our
 *  cached files too (the studio's check worker, studio-worker.js). */
async function forOurPage(event) {
  if (event.request.mode === 'navigate') return true;
  if (!event.clientId) return true; // the browser itself: manifest, icons
  const client = await self.clients.get(event.clientId);
  return !client || shellUrl(client.url, client.type === 'window') !== null;
}

/** The cached, verified copy of `url` as our own response, or null. */
async function fromCache(cache, url) {
  const bytes = await verified(url, await cache.match(url));
  return bytes ? ours(url, bytes) : null;
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !built) return;
  const navigate = event.request.mode === 'navigate';
  const url = shellUrl(event.request.url, navigate);
  if (!url) return; // the network, as without a service worker
  event.respondWith((async () => {
    if (!(await forOurPage(event))) return fetch(event.request);
    const cache = await caches.open(CACHE);
    // A newer build waits (a deploy): at a navigation it takes over, and until
    // then this page's files come from the network (the new build), from our
    // cache only when offline.
    const waiting = self.registration.waiting;
    if (waiting) {
      if (navigate) waiting.postMessage('keuzehulp:take-over');
      try {
        return await fetch(event.request, { cache: 'reload' });
      } catch (err) {
        return (await fromCache(cache, url)) ?? Promise.reject(err);
      }
    }
    const cached = await fromCache(cache, url);
    if (cached) return cached;
    if (await cache.match(url)) {
      console.warn(`keuzehulp: ${url} in the cache is not this build's: fetched again (kept until a good copy arrives)`);
    }
    // Offline, this throws: the request fails as without a worker (never unverified bytes).
    const { response, bytes } = await fetchVerified(cache, url);
    // (Not this build's either: a newer deploy. Passed on, not kept: the page
    // then refuses a pack of another build and asks for a reload.)
    return bytes ? ours(url, bytes) : response;
  })());
});
