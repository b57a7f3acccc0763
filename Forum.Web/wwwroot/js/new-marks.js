// What is new since this browser last looked: kept in this browser's own storage, never sent anywhere, and without
// it the pages are the same minus the marks. Counts and ids decide, not clocks, so a phone whose clock is wrong
// (or a reply in the same second) marks the same as any other.
//   stories[id] = { n: replies counted when last seen, r: the highest reply id read on its page (absent until it is
//                   opened here), s: the order it was recorded in }
//   lists[path] = the latest activity a list at that address showed (a story unknown to this browser and newer than it is new)
(function () {
    "use strict";

    var KEY = "forum-last-looked";
    var KEEP = 500; // stories remembered at most; the least recently seen are forgotten first
    var storage;
    try { storage = window.localStorage; } catch (e) { return; }
    if (!storage) return;

    var looked;
    try { looked = JSON.parse(storage.getItem(KEY) || "{}") || {}; } catch (e) { looked = {}; }
    var stories = looked.stories || {};
    var lists = looked.lists || {};
    var seq = looked.seq || 0;

    function number(value) {
        var n = parseInt(value, 10);
        return isNaN(n) ? 0 : n;
    }

    function mark(where, text) {
        var tag = document.createElement("span");
        tag.className = "new-mark";
        tag.textContent = text;
        where.appendChild(tag);
    }

    /** @param {number|null} replyId the highest reply id on the story's page; null from a list, which shows none */
    function remember(id, replies, replyId) {
        var known = stories[id] || {};
        var r = replyId === null ? known.r : Math.max(typeof known.r === "number" ? known.r : 0, replyId);
        stories[id] = typeof r === "number" ? { n: replies, r: r, s: ++seq } : { n: replies, s: ++seq };
    }

    // A list of stories: home, a room, the waiting list.
    var listed = document.querySelectorAll(".thread-list li[data-story]");
    if (listed.length > 0) {
        var path = location.pathname;
        var since = lists[path];
        var latest = since || 0;
        // Home lists a story twice (its room's latest and everyone's latest): both say what the first visit saw.
        var was = {};
        Object.keys(stories).forEach(function (id) { was[id] = stories[id]; });
        listed.forEach(function (item) {
            var id = item.getAttribute("data-story");
            var replies = number(item.getAttribute("data-replies"));
            var time = item.querySelector("time[data-activity]");
            var activity = time ? Date.parse(time.getAttribute("datetime")) || 0 : 0;
            var known = was[id];
            if (known && replies > known.n) {
                var more = replies - known.n;
                mark(item.querySelector(".meta") || item, more === 1 ? "1 new reply" : more + " new replies");
            } else if (!known && since !== undefined && activity >= since) {
                mark(item.querySelector(".meta") || item, "New");
            }
            if (!known || replies !== known.n) remember(id, replies, null);
            latest = Math.max(latest, activity);
        });
        lists[path] = latest;
    }

    // A story's page: the replies after the last one this browser read here.
    var story = document.querySelector("article.story[data-story]");
    if (story) {
        var storyId = story.getAttribute("data-story");
        var before = stories[storyId];
        var highest = 0;
        document.querySelectorAll("article.reply[id^='reply-']").forEach(function (reply) {
            var replyId = number(reply.id.slice("reply-".length));
            highest = Math.max(highest, replyId);
            // The reader's own words are not news to them.
            if (!before || typeof before.r !== "number" || replyId <= before.r || reply.querySelector(".own-actions")) return;
            reply.classList.add("is-new");
            mark(reply.querySelector(".meta") || reply, "New");
        });
        remember(storyId, number(story.getAttribute("data-replies")), highest);
    }

    var ids = Object.keys(stories);
    if (ids.length > KEEP) {
        ids.sort(function (a, b) { return stories[a].s - stories[b].s; })
            .slice(0, ids.length - KEEP)
            .forEach(function (id) { delete stories[id]; });
    }

    function save() {
        try { storage.setItem(KEY, JSON.stringify({ stories: stories, lists: lists, seq: seq })); } catch (e) { /* full or refused: no marks next time */ }
    }
    save();

    // /preferences: forget all of it.
    var forget = document.querySelector("[data-forget-looked]");
    if (forget) {
        forget.hidden = false;
        forget.addEventListener("click", function () {
            stories = {}; lists = {}; seq = 0;
            try { storage.removeItem(KEY); } catch (e) { /* nothing kept */ }
            var done = document.querySelector("[data-forgotten]");
            if (done) done.hidden = false;
        });
    }
})();
