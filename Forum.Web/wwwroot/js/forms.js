// Pages kept for every reader without a cookie carry no antiforgery token and no submission key: one copy serves
// many people. This fetches both when the reader starts to use a form (data-token-source), so reading alone never
// sets a cookie. Without this file those forms stay hidden and a link opens the page made for this reader instead
// (data-without-script); if the fetch fails, the same link is followed (data-token-fallback).
(function () {
    "use strict";

    document.querySelectorAll("[data-without-script]").forEach(function (element) { element.remove(); });
    document.querySelectorAll("[data-with-script]").forEach(function (element) { element.hidden = false; });

    var pending = null;

    function fetchFields(url) {
        if (!pending) {
            pending = fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
                .then(function (response) {
                    if (!response.ok) throw new Error(String(response.status));
                    return response.json();
                })
                .catch(function (error) {
                    pending = null; // the next attempt asks again
                    throw error;
                });
        }
        return pending;
    }

    function fill(form, answer) {
        var token = form.querySelector("input[name='" + answer.token.name + "']");
        if (!token) {
            token = document.createElement("input");
            token.type = "hidden";
            token.name = answer.token.name;
            form.appendChild(token);
        }
        token.value = answer.token.value;
        var submission = form.querySelector("input[name='Submission']");
        if (submission && !submission.value) submission.value = answer.submission;
        form.removeAttribute("data-token-source");
    }

    document.querySelectorAll("form[data-token-source]").forEach(function (form) {
        var url = form.getAttribute("data-token-source");
        function prepare() {
            return fetchFields(url).then(function (answer) { fill(form, answer); });
        }
        // Started as the reader reaches the form, so it is usually there before they send it.
        form.addEventListener("focusin", function () { prepare().catch(function () { }); });
        // Capture, so that no other handler (js/familiar.js) sends the form before it has its token.
        form.addEventListener("submit", function (event) {
            if (!form.hasAttribute("data-token-source")) return;
            event.preventDefault();
            event.stopImmediatePropagation();
            var submitter = event.submitter;
            prepare().then(function () {
                form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
            }, function () {
                window.location.assign(form.getAttribute("data-token-fallback"));
            });
        }, true);
    });
})();
