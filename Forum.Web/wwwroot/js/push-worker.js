// One name's service worker, served at /push/{scope}/sw.js so that folder is its own scope (Push/PushController.cs).
// It caches nothing and fetches nothing. What the forum sends is only the kind of message, "something-new"; the words
// shown are the ones /me gave when it registered this worker, in the reader's language, and never say a name, a
// story or anyone's words. Pressing the notification opens /me.
"use strict";

var WORDS = new URL(self.location.href).searchParams.get("words") || "Something new is waiting for you";

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("push", function (event) {
    // One notification at a time, replaced rather than piled up: the count would say more than "something new".
    event.waitUntil(self.registration.showNotification(WORDS, { tag: "something-new", icon: "/icons/icon-192.png" }));
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
