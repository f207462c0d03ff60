// Service worker of the opt-in offline copy. It is registered only when the reader chooses
// "Simpan untuk luring"; the page fills the cache (offline.js) and this worker only answers from
// that copy, falling back to the network for anything not in it. It never stores on its own.
const PREFIX = "luring-";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX)) continue;
      const cached = await (await caches.open(name)).match(request, { ignoreSearch: true });
      if (cached) return cached;
    }
    return fetch(request);
  })());
});
