// The offline crisis kit. With no signal, /help (and any page of the forum the reader opens) shows the crisis lines
// this browser last fetched, for the country it chose. Only these are ever stored: /help/offline (a copy of /help
// made with nothing of the reader's on it: OfflineKitController), the stylesheet and the icons. Never a page that
// could show a name, never the answer to a form; everything else always comes from the network, as without this file.
"use strict";

var CACHE = "forum-offline-kit-v1";
var KIT = "/help/offline";
var ASSETS = ["/css/site.css", "/favicon.ico", "/icons/icon-192.png", "/icons/icon-512.png"];
// Kept under their path without the version query (asp-append-version), so a page's current link finds them.
var KEPT_ASSET = /^\/(css\/site\.css|favicon\.ico|icons\/[a-z0-9-]+\.png)$/;
// Visiting these online refreshes the kit: the country is chosen on /help, light or dark on /preferences.
var REFRESH_ON = ["/help", "/preferences"];

function keep(cache, path) {
    return fetch(path, { cache: "no-cache" }).then(function (response) {
        // A redirect or an error page is not the kit; the copy kept before stays.
        if (response.ok && !response.redirected) return cache.put(path, response);
    });
}

function keepKit() {
    return caches.open(CACHE).then(function (cache) {
        return Promise.all([KIT].concat(ASSETS).map(function (path) {
            return keep(cache, path).catch(function () { /* offline now: try again on the next visit */ });
        }));
    });
}

self.addEventListener("install", function (event) {
    event.waitUntil(keepKit().then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) { return name !== CACHE; }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

function kit() {
    return caches.match(KIT).then(function (kept) { return kept || Response.error(); });
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") return;
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) return;

    if (request.mode === "navigate") {
        // The network first, always; the kit only when there is none.
        event.respondWith(fetch(request).then(function (response) {
            if (response.ok && REFRESH_ON.indexOf(url.pathname) >= 0) event.waitUntil(keepKit());
            return response;
        }, kit));
        return;
    }

    if (KEPT_ASSET.test(url.pathname)) {
        event.respondWith(fetch(request).catch(function () {
            return caches.match(url.pathname).then(function (kept) { return kept || Response.error(); });
        }));
    }
});
