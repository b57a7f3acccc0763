// Asks the browser to keep the offline crisis kit (sw.js): /help readable with no signal. Enhancement only; a
// browser without service workers, or with scripts off, has every page as before and no kit.
(function () {
    "use strict";
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {
        // Refused (a private window, storage off): the site works the same without it.
    });
})();
