// The newsticker: refreshed in place every minute from its HTML fragment, and entries of
// the last hour told as relative times ("vor 5 Minuten"). Cached pages carry absolute
// times; the absolute time stays in the entry's title and datetime attribute.
(function () {
  "use strict";
  var MINUTE_MS = 60000;
  var HOUR_MS = 60 * MINUTE_MS;

  function relativeFormat(ticker) {
    var holder = ticker.closest("[lang]");
    var language = holder ? holder.getAttribute("lang") : undefined;
    try {
      return new Intl.RelativeTimeFormat(language, { numeric: "auto" });
    } catch (error) {
      return null;
    }
  }

  function relativeText(format, age) {
    if (age < MINUTE_MS) return format.format(0, "second");
    return format.format(-Math.floor(age / MINUTE_MS), "minute");
  }

  function tellRecentTimes(ticker) {
    var format = typeof Intl === "object" && Intl.RelativeTimeFormat ? relativeFormat(ticker) : null;
    if (!format) return;
    var now = Date.now();
    ticker.querySelectorAll("time[datetime]").forEach(function (time) {
      if (!time.hasAttribute("data-absolute")) time.setAttribute("data-absolute", time.textContent);
      var absolute = time.getAttribute("data-absolute");
      var age = now - Date.parse(time.getAttribute("datetime"));
      if (age > -MINUTE_MS && age < HOUR_MS) {
        time.textContent = relativeText(format, Math.max(age, 0));
        time.title = absolute;
      } else if (time.textContent !== absolute) {
        time.textContent = absolute;
        time.removeAttribute("title");
      }
    });
  }

  function currentTicker() {
    return document.querySelector("[data-ticker-url]");
  }

  function refresh() {
    var ticker = currentTicker();
    if (!ticker) return;
    tellRecentTimes(ticker);
    if (document.hidden) return;
    fetch(ticker.getAttribute("data-ticker-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-ticker-url]");
        if (!fresh) return;
        var current = currentTicker();
        if (!current) return;
        current.replaceWith(fresh);
        tellRecentTimes(fresh);
      })
      .catch(function () { /* keep the ticker as it is until the next try */ });
  }

  var ticker = currentTicker();
  if (ticker) tellRecentTimes(ticker);
  setInterval(refresh, MINUTE_MS);
})();
