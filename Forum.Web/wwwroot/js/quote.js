// "Quote in reply": selecting words in a story or a reply offers to quote just them. Without this file each
// post's "Reply quoting this" link opens the composer with the whole post quoted.
(function () {
    "use strict";

    var handoff = "forum-quote";
    var box = document.querySelector("#reply-form textarea[name=Body]");

    // As Forum.Domain.Rendering.MarkdownQuote writes it: each line behind "> ", then a blank line to write under.
    function asQuote(text) {
        return text.replace(/\r\n/g, "\n").replace(/^\n+|\n+$/g, "").split("\n")
            .map(function (line) { return line.length ? "> " + line : ">"; }).join("\n") + "\n\n";
    }

    function insert(text) {
        var quote = asQuote(text);
        box.value = box.value.trim() ? box.value.replace(/\s*$/, "\n\n") + quote : quote;
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
        box.scrollIntoView({ block: "center" });
    }

    // Arriving from another page of replies with a passage to quote (kept for this tab only, then let go).
    try {
        var waiting = window.sessionStorage.getItem(handoff);
        if (waiting && box) {
            window.sessionStorage.removeItem(handoff);
            box.value = "";
            insert(waiting);
        }
    } catch (e) { /* storage refused: the link's whole-post quote still works */ }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "quote-button";
    button.textContent = "Quote in reply";
    button.hidden = true;
    document.body.appendChild(button);
    var chosen = null;

    function postOf(node) {
        var element = node && (node.nodeType === 1 ? node : node.parentElement);
        var body = element && element.closest(".story .post-body, .reply .post-body");
        return body ? body.closest(".story, .reply") : null;
    }

    document.addEventListener("selectionchange", function () {
        var selection = window.getSelection();
        var text = selection && !selection.isCollapsed ? selection.toString().trim() : "";
        var post = text && postOf(selection.anchorNode);
        if (!post || post !== postOf(selection.focusNode)) { button.hidden = true; chosen = null; return; }
        var link = post.querySelector("[data-quote]");
        if (!link) { button.hidden = true; return; } // this story no longer takes replies
        chosen = { text: text, link: link.href };
        var rect = selection.getRangeAt(0).getBoundingClientRect();
        button.style.top = (window.scrollY + rect.bottom + 6) + "px";
        button.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 160)) + "px";
        button.hidden = false;
    });

    // Pressed before the selection is lost to the click.
    button.addEventListener("mousedown", function (event) { event.preventDefault(); });
    button.addEventListener("click", function () {
        if (!chosen) return;
        button.hidden = true;
        if (box) { insert(chosen.text); return; }
        // The composer is on the story's last page: take the passage there.
        try { window.sessionStorage.setItem(handoff, chosen.text); } catch (e) { /* the whole post is quoted instead */ }
        window.location.href = chosen.link.split("?")[0] + "#reply-form";
    });
})();
