// Drafts that stay on the device, and a live count against the limit. Without this file every form works as
// before. The words are kept in this browser's localStorage only, never sent anywhere before "Post"; they are
// let go once the forum says the post is up, and not kept at all when the reader switched that off (/preferences).
// A draft belongs to the name that typed it (the form's data-draft-owner, a hash): offered back only to that name,
// let go when that name is burned here, and after a week in any case, so the next person at a shared computer is
// not handed someone else's words.
(function () {
    "use strict";

    var prefix = "forum-draft:";
    var pendingKey = "forum-draft-pending";
    var keptFor = 7 * 24 * 60 * 60 * 1000;

    function storage(kind) {
        try { return window[kind]; } catch (e) { return null; } // storage can be blocked outright
    }
    var local = storage("localStorage");
    var session = storage("sessionStorage");

    function read(key) {
        try { return JSON.parse(local.getItem(key) || "null"); } catch (e) { return null; }
    }

    // Every kept draft for which leave(draft) says so, and every draft kept before drafts had an owner and a time.
    function forgetWhere(leave) {
        if (!local) return;
        for (var i = local.length - 1; i >= 0; i--) {
            var key = local.key(i);
            if (!key || key.indexOf(prefix) !== 0) continue;
            var draft = read(key);
            if (!draft || typeof draft.at !== "number" || typeof draft.owner !== "string" || leave(draft)) local.removeItem(key);
        }
    }

    function forgetAll() { forgetWhere(function () { return true; }); }

    forgetWhere(function (draft) { return Date.now() - draft.at > keptFor; });

    // Burning a name takes its drafts on this device with it.
    document.querySelectorAll("form[data-draft-burn]").forEach(function (form) {
        form.addEventListener("submit", function () {
            var burned = form.getAttribute("data-draft-burn");
            if (burned) forgetWhere(function (draft) { return draft.owner === burned; });
        });
    });

    // The post that was on its way is up: its draft has done its work.
    if (session && local && document.querySelector("[data-posted]")) {
        var sent = session.getItem(pendingKey);
        if (sent) local.removeItem(sent);
        session.removeItem(pendingKey);
    }

    function describe(form) {
        var title = form.querySelector("input[name=Title]");
        var body = form.querySelector("textarea[name=Body]");
        return { title: title, body: body };
    }

    function count(body) {
        var limit = parseInt(body.getAttribute("data-max-length"), 10);
        if (!limit) return;
        var note = document.createElement("p");
        note.className = "char-count hint";
        note.id = body.id + "-count";
        body.setAttribute("aria-describedby", ((body.getAttribute("aria-describedby") || "") + " " + note.id).trim());
        body.insertAdjacentElement("afterend", note);
        function update() {
            var used = body.value.length;
            var over = used > limit;
            note.textContent = used.toLocaleString("en") + " of " + limit.toLocaleString("en") + " characters" +
                (over ? ": " + (used - limit).toLocaleString("en") + " too many. You could split it into a story and a reply." : "");
            note.classList.toggle("over", over);
            // Heard only near the limit: every keystroke read out would drown the writing.
            note.setAttribute("aria-live", used > limit * 0.9 ? "polite" : "off");
        }
        body.addEventListener("input", update);
        update();
    }

    function offer(form, fields, saved, key) {
        var box = document.createElement("div");
        box.className = "draft-offer";
        box.setAttribute("role", "status");
        var text = document.createElement("p");
        text.textContent = "You have words kept on this device from earlier. Would you like them back?";
        var back = document.createElement("button");
        back.type = "button";
        back.textContent = "Put them back";
        var away = document.createElement("button");
        away.type = "button";
        away.className = "secondary";
        away.textContent = "Let them go";
        box.appendChild(text);
        box.appendChild(back);
        box.appendChild(away);
        form.insertBefore(box, form.firstChild);
        back.addEventListener("click", function () {
            if (fields.title && saved.title) fields.title.value = saved.title;
            fields.body.value = saved.body || "";
            fields.body.dispatchEvent(new Event("input"));
            box.remove();
            fields.body.focus();
        });
        away.addEventListener("click", function () {
            local.removeItem(key);
            box.remove();
            fields.body.focus();
        });
    }

    document.querySelectorAll("form[data-draft]").forEach(function (form) {
        var fields = describe(form);
        if (!fields.body) return;
        count(fields.body);
        if (form.getAttribute("data-draft-kept") !== "true") {
            forgetAll();
            return;
        }
        if (!local) return;
        var owner = form.getAttribute("data-draft-owner") || "";
        // One draft per form and name: another name's words on this form are neither offered nor overwritten.
        var key = prefix + new URL(form.action, window.location.href).pathname + (owner ? "#" + owner : "");
        var saved = read(key);
        if (saved && saved.owner !== owner) saved = null;
        var shown = fields.body.value.trim();
        // Words the page came back with (a preview, a refusal) are the newest; offer older ones only to an empty box.
        if (saved && (saved.body || saved.title) && !shown && saved.body !== fields.body.defaultValue) offer(form, fields, saved, key);

        var timer = 0;
        function keepNow() {
            window.clearTimeout(timer);
            var body = fields.body.value;
            var title = fields.title ? fields.title.value : "";
            if (!body.trim() && !title.trim()) { local.removeItem(key); return; }
            try { local.setItem(key, JSON.stringify({ title: title, body: body, owner: owner, at: Date.now() })); } catch (e) { /* full or refused: writing goes on */ }
        }
        // While typing, a short pause before keeping; on leaving a field, at once.
        form.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(keepNow, 400);
        });
        form.addEventListener("focusout", keepNow);
        // A tab closed mid-sentence keeps the last words too.
        window.addEventListener("pagehide", keepNow);
        form.addEventListener("submit", function (event) {
            var button = event.submitter;
            if (session && button && button.value === "post") session.setItem(pendingKey, key);
        });
    });
})();
