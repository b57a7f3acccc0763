// "This feels familiar" in place: the count and the button change without a reload, and a screen reader hears
// what changed. Without this file the same forms post and come back to the same post on the page.
(function () {
    "use strict";

    var status = document.querySelector("[data-familiar-status]");
    var note = document.querySelector("[data-familiar-note]");

    function announce(text) {
        if (!status) return;
        // Emptied first, so that the same words said twice are still read out twice.
        status.textContent = "";
        window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function update(form, answer) {
        form.querySelector("input[name=familiar]").value = answer.reacted ? "false" : "true";
        form.querySelector("button").setAttribute("aria-pressed", answer.reacted ? "true" : "false");
        form.querySelector("[data-familiar-count]").textContent = answer.countText;
        if (answer.note && note) note.textContent = answer.note;
        if (answer.newName) {
            // The reply box said "you don't have a name yet"; from now on it is this one (as Shared/_WritingAs says after a reload).
            document.querySelectorAll(".composer .identity-note").forEach(function (identity) {
                identity.textContent = "You'll post as " + answer.newName + ".";
            });
        }
        announce(answer.announcement);
    }

    document.querySelectorAll("form[data-familiar]").forEach(function (form) {
        var busy = false;
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            if (busy) return; // a second press while the first is on its way would only repeat it
            busy = true;
            fetch(form.action, {
                method: "POST",
                body: new URLSearchParams(new FormData(form)),
                headers: { "Accept": "application/json" },
                credentials: "same-origin"
            }).then(function (response) {
                if (!response.ok) throw new Error(String(response.status));
                return response.json().then(function (answer) { update(form, answer); });
            }).catch(function () {
                // A refusal or anything unexpected: post the form the ordinary way, so the server's page explains it.
                form.submit();
            }).finally(function () {
                busy = false;
            });
        });
    });
})();
