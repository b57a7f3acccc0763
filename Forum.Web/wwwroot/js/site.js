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

    // A copy button beside a recovery key, where the browser lets a page write to the clipboard. Without it the key
    // is still there to select and copy by hand. Its words come with the key, in the page's language.
    if (navigator.clipboard && window.isSecureContext) {
        document.querySelectorAll("[data-recovery-key]").forEach(function (key) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "secondary copy-key";
            button.textContent = key.getAttribute("data-copy");
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(key.textContent.trim()).then(function () {
                    button.textContent = key.getAttribute("data-copied");
                }, function () {
                    button.textContent = key.getAttribute("data-copy-failed");
                });
            });
            key.parentNode.appendChild(button);
        });
    }
})();
