// Service worker: the keuzehulp works offline after the first visit.
//
// The app shell (below) is cached when this worker installs, in a cache named
// after the build (`cargo xtask build` puts the content hash of dist in place
// of the placeholder), and served cache-first from then on. Everything else
// goes to the network as usual. A new deploy is a new worker with a new cache
// name: it installs next to the old one, takes over when no tab runs the old
// version any more (no skipWaiting, so one page never mixes two builds), and
// then deletes the old caches.
//
// The texts come in one content pack per language (pkg/content-*.txt). A visit
// downloads only its own language, so the worker stores the packs that pass
// through it (main.js asks for its pack once more when the worker takes over):
// offline, the app works in every language used online before.
//
// Privacy: only the fixed files below are cached, and only for requests
// without a query string. Answers live in the URL fragment, which browsers
// never send, so they never reach this worker or a cache. A cached pack says
// no more than which language was used.

const CACHE = 'keuzehulp-__BUILD_HASH__';
const PREFIX = 'keuzehulp-';

// Relative to this file, so the site works at / and under a sub-path.
const SHELL = [
  'index.html',
  'app.css',
  'main.js',
  'pkg/keuzehulp.js',
  'pkg/keuzehulp_bg.wasm',
  'icon.svg',
  'manifest.webmanifest',
];
// (Not the PNG icons of the manifest: only an install uses them, and the
// system keeps its own copy then.)

const PACKS = ['pkg/content-nl.txt', 'pkg/content-en.txt'];

const scope = new URL('./', self.location.href);
const shellUrls = new Set(SHELL.map((path) => new URL(path, scope).href));
const packUrls = new Set(PACKS.map((path) => new URL(path, scope).href));
const indexUrl = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  // `no-cache`: revalidate with the server (a cheap 304 when the HTTP cache has
  // the file), so a new build never stores an older file from the HTTP cache.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll([...shellUrls].map((url) => new Request(url, { cache: 'no-cache' })));
    // A deploy between the page load and now could mix two builds: then fail the
    // install (the browser tries again on the next visit).
    const index = await (await cache.match(indexUrl)).text();
    if (!index.includes('content="__BUILD_HASH__"')) {
      await caches.delete(CACHE);
      throw new Error('keuzehulp: the site changed while caching it');
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
function shellUrl(href) {
  const url = new URL(href);
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
  if (event.request.method !== 'GET') return;
  const url = shellUrl(event.request.url);
  if (!url) return; // the network, as without a service worker
  event.respondWith((async () => {
    const app = await forTheApp(event);
    const cache = await caches.open(CACHE);
    const cached = app && (await cache.match(url));
    if (cached) return cached;
    const response = await fetch(event.request);
    if (app && packUrls.has(url) && response.ok) await cache.put(url, response.clone());
    return response;
  })());
});
