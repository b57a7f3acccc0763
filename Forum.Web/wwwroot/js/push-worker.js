// One name's service worker, served at /push/{scope}/sw.js so that folder is its own scope (Push/PushController.cs).
// It caches nothing and fetches nothing. What the forum sends is only the kind of message the name chose,
// "something-new" or "someone-replied"; the words shown are the ones /me gave for that kind when it registered this
// worker, in the reader's language, and never say a name, a story or anyone's words. Pressing the notification opens /me.
"use strict";

var GIVEN = new URL(self.location.href).searchParams;
var USUAL = "Something new is waiting for you";

// A kind this worker was given no words for (or a worker registered before there was a choice) says the usual thing.
function wordsFor(kind) {
    return GIVEN.get(kind) || GIVEN.get("something-new") || GIVEN.get("words") || USUAL;
}

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("push", function (event) {
    var kind = "";
    try { kind = event.data ? event.data.text() : ""; } catch (e) { kind = ""; }
    // One notification at a time, replaced rather than piled up: the count would say more than "something new".
    event.waitUntil(self.registration.showNotification(wordsFor(kind), { tag: "something-new", icon: "/icons/icon-192.png" }));
});

self.addEventListener("notificationclick", function (event) {
    event.notification.close();
    event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
        for (var i = 0; i < windows.length; i++) {
            if (new URL(windows[i].url).pathname === "/me" && "focus" in windows[i]) return windows[i].focus();
        }
        return self.clients.openWindow("/me");
    }));
});
