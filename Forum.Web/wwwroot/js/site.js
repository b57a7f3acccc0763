// Enhancements only: every page works without this file.
(function () {
    "use strict";

    // "Leave quickly": replace this page in the history, so Back does not return to the forum.
    document.querySelectorAll("[data-leave]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.location.replace(link.href);
        });
    });
})();
