// The helpers Material for MkDocs 9.8.2 defines inline in partials/javascripts/base.html, moved to a
// file so that the Content-Security-Policy needs no inline script. Same names, same behaviour.
/* eslint-disable no-var */
var __md_scope = new URL(document.currentScript.dataset.mdScope, location);
var __md_hash = (value) => [...value].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
var __md_get = (key, storage = localStorage, scope = __md_scope) =>
  JSON.parse(storage.getItem(scope.pathname + "." + key));
var __md_set = (key, value, storage = localStorage, scope = __md_scope) => {
  try {
    storage.setItem(scope.pathname + "." + key, JSON.stringify(value));
  } catch (error) {
    // storage may be unavailable; Material ignores that too
  }
};
