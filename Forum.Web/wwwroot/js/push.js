// "Tell this device when someone answers" on /me (Push/PushController.cs, docs/PRIVACY-AND-SAFETY.md). Each name
// registers the worker in its own folder, /push/{scope}/, and a browser gives each registration its own push
// subscription: two names here reach this device through two endpoints that nothing ties together. Without scripts
// or push, the forms still post, and the forum says plainly what is missing.
(function () {
    "use strict";
    if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;

    function bytes(base64url) {
        var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
        var text = atob(base64 + "===".slice((base64.length + 3) % 4));
        var out = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
        return out;
    }

    function base64url(buffer) {
        var text = "";
        new Uint8Array(buffer).forEach(function (b) { text += String.fromCharCode(b); });
        return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function scopeOf(form) { return form.getAttribute("data-push-worker").replace(/sw\.js$/, ""); }

    // The worker is given the words of every message there is, in the language /me is read in, and shows the one a
    // message names; registering again with other words updates it in place. The name's choice is not in the address:
    // it goes with the form, so the address stays the same whichever is chosen.
    function workerUrl(form) {
        var query = [];
        form.querySelectorAll("input[name=kind][data-push-words]").forEach(function (choice) {
            query.push(encodeURIComponent(choice.value) + "=" + encodeURIComponent(choice.getAttribute("data-push-words")));
        });
        return form.getAttribute("data-push-worker") + "?" + query.join("&");
    }

    function activated(registration) {
        if (registration.active) return Promise.resolve(registration);
        var worker = registration.installing || registration.waiting;
        return new Promise(function (resolve) {
            worker.addEventListener("statechange", function () { if (worker.state === "activated") resolve(registration); });
        });
    }

    function say(form, text) {
        var status = form.closest("[data-push-choice]").querySelector("[data-push-status]");
        if (status) status.textContent = text;
    }

    document.querySelectorAll("form[data-push-on]").forEach(function (form) {
        say(form, "");
        navigator.serviceWorker.getRegistration(scopeOf(form)).then(function (registration) {
            if (!registration) return;
            if (registration.active && registration.active.scriptURL !== new URL(workerUrl(form), location.href).href)
                navigator.serviceWorker.register(workerUrl(form), { scope: scopeOf(form) }).catch(function () { });
            return registration.pushManager.getSubscription().then(function (subscription) {
                if (subscription) say(form, form.getAttribute("data-push-told"));
            });
        });

        form.addEventListener("submit", function (event) {
            if (form.elements.endpoint.value) return;
            event.preventDefault();
            navigator.serviceWorker.register(workerUrl(form), { scope: scopeOf(form) })
                .then(activated)
                .then(function (registration) {
                    return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(form.getAttribute("data-push-key")) });
                })
                .then(function (subscription) {
                    form.elements.endpoint.value = subscription.endpoint;
                    form.elements.p256dh.value = base64url(subscription.getKey("p256dh"));
                    form.elements.auth.value = base64url(subscription.getKey("auth"));
                    form.submit();
                }, function () {
                    say(form, form.getAttribute("data-push-refused"));
                });
        });
    });

    // Stopping forgets this device's subscription too, so the browser holds nothing for a name that asked to stop.
    document.querySelectorAll("form[data-push-off]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (form.hasAttribute("data-push-stopped")) return;
            event.preventDefault();
            form.setAttribute("data-push-stopped", "");
            navigator.serviceWorker.getRegistration(scopeOf(form)).then(function (registration) {
                return registration && registration.unregister();
            }).catch(function () { }).then(function () { form.submit(); });
        });
    });
})();
