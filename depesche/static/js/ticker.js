// The newsticker: new stories arrive from the live channel (live.js) and entries of the
// last hour are told as relative times ("vor 5 Minuten"); cached pages carry absolute
// times, which stay in the entry's title and datetime attribute.
// Nothing moves under the reader: once the page is scrolled and the ticker is in or above
// the view, new entries wait behind a "3 new stories" button. Screen readers are told
// politely.
(function () {
  "use strict";
  var MINUTE_MS = 60000;
  var HOUR_MS = 60 * MINUTE_MS;
  var TOP_OF_PAGE_PX = 10;
  var waiting = []; // entries held back while the reader is scrolled: [{message, item}]

  function currentTicker() {
    return document.querySelector("[data-ticker-url]");
  }

  function language(ticker) {
    var holder = ticker.closest("[lang]");
    return holder ? holder.getAttribute("lang") : undefined;
  }

  function relativeFormat(ticker) {
    try {
      return new Intl.RelativeTimeFormat(language(ticker), { numeric: "auto" });
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

  function entryFrom(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function entryTime(entry) {
    var time = entry.querySelector("time[datetime]");
    return time ? Date.parse(time.getAttribute("datetime")) : 0;
  }

  function entries(ticker) {
    return Array.prototype.slice.call(ticker.querySelectorAll(".ticker__item[data-story]"));
  }

  function belongsIn(ticker, entry) {
    var shown = entries(ticker);
    var length = parseInt(ticker.getAttribute("data-length"), 10) || 12;
    return shown.length < length || entryTime(entry) >= entryTime(shown[shown.length - 1]);
  }

  function insert(ticker, entry) {
    var list = ticker.querySelector(".ticker__list");
    var empty = list.querySelector("[data-empty]");
    if (empty) empty.remove();
    var later = entries(ticker).filter(function (shown) { return entryTime(shown) < entryTime(entry); });
    list.insertBefore(entry, later.length ? later[0] : null);
    var length = parseInt(ticker.getAttribute("data-length"), 10) || 12;
    entries(ticker).slice(length).forEach(function (extra) { extra.remove(); });
  }

  function readerScrolledToIt(ticker) {
    var top = ticker.querySelector(".ticker__list").getBoundingClientRect().top;
    return window.scrollY > TOP_OF_PAGE_PX && top < window.innerHeight;
  }

  function newStoriesText(ticker, count) {
    var texts = JSON.parse(ticker.getAttribute("data-new-stories") || "{}");
    var category = "other";
    try {
      category = new Intl.PluralRules(language(ticker)).select(count);
    } catch (error) { /* keep "other" */ }
    return (texts[category] || texts.other || "%(count)s").replace("%(count)s", count);
  }

  function announce(ticker, messages) {
    var status = ticker.querySelector("[data-ticker-status]");
    if (!status) return;
    status.textContent = messages.length === 1
      ? ticker.getAttribute("data-announce") + " " + messages[0].title
      : newStoriesText(ticker, messages.length);
  }

  function showButton(ticker) {
    var button = ticker.querySelector(".ticker__news");
    button.textContent = "↑ " + newStoriesText(ticker, waiting.length);
    button.hidden = false;
  }

  function releaseWaiting(ticker, moveTo) {
    var released = waiting;
    waiting = [];
    released.forEach(function (held) { insert(ticker, held.item); });
    ticker.querySelector(".ticker__news").hidden = true;
    tellRecentTimes(ticker);
    if (moveTo) {
      var heading = ticker.querySelector(".ticker__heading");
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
      ticker.scrollIntoView({ block: "start" });
    }
  }

  function receive(message) {
    var ticker = currentTicker();
    if (!ticker) return;
    var entry = entryFrom(message.html);
    var shown = ticker.querySelector('[data-story="' + message.story + '"]');
    waiting = waiting.filter(function (held) { return held.message.story !== message.story; });
    if (shown) {
      shown.replaceWith(entry); // a changed headline stays where it is
    } else if (!belongsIn(ticker, entry)) {
      return;
    } else if (readerScrolledToIt(ticker)) {
      waiting.push({ message: message, item: entry });
      showButton(ticker);
      announce(ticker, waiting.map(function (held) { return held.message; }));
      return;
    } else {
      insert(ticker, entry);
      announce(ticker, [message]);
    }
    tellRecentTimes(ticker);
  }

  function remove(message) {
    var ticker = currentTicker();
    if (!ticker) return;
    waiting = waiting.filter(function (held) { return held.message.story !== message.story; });
    var shown = ticker.querySelector('[data-story="' + message.story + '"]');
    if (shown) shown.remove();
    if (!waiting.length) ticker.querySelector(".ticker__news").hidden = true;
  }

  function reload() {
    var ticker = currentTicker();
    if (!ticker) return;
    fetch(ticker.getAttribute("data-ticker-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, "text/html").querySelector("[data-ticker-url]");
        var current = currentTicker();
        if (!fresh || !current) return;
        waiting = [];
        current.replaceWith(fresh);
        tellRecentTimes(fresh);
      })
      .catch(function () { /* keep the ticker as it is */ });
  }

  document.addEventListener("live:ticker", function (event) { receive(event.detail); });
  document.addEventListener("live:ticker-removed", function (event) { remove(event.detail); });
  document.addEventListener("live:reset", reload);
  document.addEventListener("click", function (event) {
    var ticker = currentTicker();
    if (ticker && event.target.closest(".ticker__news")) releaseWaiting(ticker, true);
  });
  window.addEventListener("scroll", function () {
    var ticker = currentTicker();
    if (ticker && waiting.length && window.scrollY <= TOP_OF_PAGE_PX) releaseWaiting(ticker, false);
  }, { passive: true });

  var ticker = currentTicker();
  if (ticker) tellRecentTimes(ticker);
  setInterval(function () {
    var current = currentTicker();
    if (current) tellRecentTimes(current);
  }, MINUTE_MS);
})();
