// Enhancement only: the server writes every moment people read in UTC, saying so (TagHelpers/LocalTimeTagHelper).
// This puts it in the reader's own time zone, which only the browser knows; without it the page stays right in UTC.
(function () {
    "use strict";

    if (typeof Intl === "undefined" || !Intl.DateTimeFormat) return;
    // A page in Spanish or Arabic writes dates in its language; an English page, the browser's own way as always.
    var lang = document.documentElement.lang;
    var locales = lang && lang !== "en" ? [lang] : undefined;
    var moment = new Intl.DateTimeFormat(locales, {
        day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
    var date = new Intl.DateTimeFormat(locales, { day: "numeric", month: "long", year: "numeric" });

    document.querySelectorAll("time[data-local]").forEach(function (time) {
        var at = new Date(time.getAttribute("datetime"));
        if (isNaN(at.getTime())) return;
        var kind = time.getAttribute("data-local");
        if (kind === "moment") time.textContent = moment.format(at);
        else if (kind === "date") time.textContent = date.format(at);
        if (time.hasAttribute("title")) time.setAttribute("title", moment.format(at));
    });
})();
