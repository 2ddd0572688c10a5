// A live blog's page: entries arrive, change and leave from the live channel (live.js),
// newest first; key events are listed on top. Nothing moves under the reader: once they
// read in the entries, new ones wait behind a "2 new entries" button. Older entries load
// on demand. Screen readers are told of new entries politely.
(function () {
  "use strict";
  var blog = document.querySelector("[data-live-blog]");
  if (!blog) return;
  var list = blog.querySelector(".live-blog__entries");
  var keyList = blog.querySelector(".live-blog__key-list");
  var button = blog.querySelector(".live-blog__news");
  var waiting = [];

  function fromHtml(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  function entryTime(entry) {
    return Date.parse(entry.getAttribute("data-time"));
  }

  function insert(entry) {
    var empty = list.querySelector("[data-empty]");
    if (empty) empty.remove();
    var next = Array.prototype.find.call(list.querySelectorAll("[data-entry]"), function (shown) {
      return entryTime(shown) < entryTime(entry);
    });
    list.insertBefore(entry, next || null);
  }

  function updateKeyEvent(message, entry) {
    var listed = keyList.querySelector('[data-entry="' + message.entry + '"]');
    if (!message.pinned || message.removed) {
      if (listed) listed.remove();
    } else {
      var item = document.createElement("li");
      item.setAttribute("data-entry", message.entry);
      var link = document.createElement("a");
      link.href = "#entry-" + message.entry;
      var time = entry.querySelector(".live-entry__time").cloneNode(true);
      time.removeAttribute("id"); // the entry's own time keeps it
      link.appendChild(time);
      link.appendChild(document.createTextNode(" " + message.headline));
      item.appendChild(link);
      if (listed) listed.remove();
      var later = Array.prototype.find.call(keyList.children, function (key) {
        return Date.parse(key.querySelector("time").getAttribute("datetime")) < entryTime(entry);
      });
      keyList.insertBefore(item, later || null);
    }
    keyList.closest("nav").hidden = !keyList.children.length;
  }

  function olderThanShown(entry) {
    var shown = list.querySelectorAll("[data-entry]");
    var more = blog.querySelector("[data-older]");
    return more && shown.length && entryTime(entry) < entryTime(shown[shown.length - 1]);
  }

  function readerIsInTheEntries() {
    return list.getBoundingClientRect().top < 0;
  }

  function newEntriesText(count) {
    var texts = JSON.parse(blog.getAttribute("data-new-entries") || "{}");
    var category = "other";
    try {
      category = new Intl.PluralRules(document.documentElement.lang).select(count);
    } catch (error) { /* keep "other" */ }
    return (texts[category] || texts.other || "%(count)s").replace("%(count)s", count);
  }

  function announce(text) {
    blog.querySelector("[data-live-blog-status]").textContent = text;
  }

  function summary(message, entry) {
    if (message.headline) return message.headline;
    var body = entry.querySelector(".live-entry__body");
    return body ? body.textContent.replace(/\s+/g, " ").trim().slice(0, 140) : "";
  }

  function receive(message) {
    if (String(message.story) !== blog.getAttribute("data-live-blog")) return;
    var shown = list.querySelector('[data-entry="' + message.entry + '"]');
    waiting = waiting.filter(function (held) { return held.getAttribute("data-entry") !== String(message.entry); });
    if (message.removed) {
      if (shown) shown.remove();
      updateKeyEvent(message, null);
      showButton();
      return;
    }
    var entry = fromHtml(message.html).firstElementChild;
    updateKeyEvent(message, entry);
    if (!shown && olderThanShown(entry)) return; // a change to an entry not loaded yet
    if (shown) {
      shown.replaceWith(entry);
    } else if (readerIsInTheEntries()) {
      waiting.push(entry);
      showButton();
      announce(newEntriesText(waiting.length));
    } else {
      insert(entry);
      announce(blog.getAttribute("data-announce") + " " + summary(message, entry));
    }
  }

  function showButton() {
    button.hidden = !waiting.length;
    if (waiting.length) button.textContent = "↑ " + newEntriesText(waiting.length);
  }

  button.addEventListener("click", function () {
    waiting.forEach(insert);
    waiting = [];
    showButton();
    list.scrollIntoView({ block: "start" });
    var first = list.querySelector("[data-entry] article");
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.focus({ preventScroll: true });
    }
  });

  blog.addEventListener("click", function (event) {
    var older = event.target.closest("[data-older]");
    if (!older) return;
    event.preventDefault();
    if (older.getAttribute("aria-busy") === "true") return; // already loading
    older.setAttribute("aria-busy", "true");
    fetch(older.href, { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response); })
      .then(function (html) {
        var more = older.closest(".live-blog__more");
        var content = fromHtml(html);
        var next = content.querySelector(".live-blog__more");
        if (next) next.remove();
        list.appendChild(content);
        if (next) more.replaceWith(next);
        else more.remove();
      })
      .catch(function () { older.removeAttribute("aria-busy"); });
  });

  document.addEventListener("live:liveblog", function (event) { receive(event.detail); });
  // After a gap too long to catch up on entry by entry: the blog as the page has it now.
  function reload() {
    fetch(window.location.href, { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, "text/html").querySelector("[data-live-blog]");
        if (!fresh) return;
        waiting = [];
        showButton();
        list.innerHTML = fresh.querySelector(".live-blog__entries").innerHTML;
        keyList.innerHTML = fresh.querySelector(".live-blog__key-list").innerHTML;
        keyList.closest("nav").hidden = !keyList.children.length;
        var more = blog.querySelector(".live-blog__more");
        var freshMore = fresh.querySelector(".live-blog__more");
        if (more) more.remove();
        if (freshMore) list.after(freshMore);
      })
      .catch(function () { /* keep the blog as it is */ });
  }

  document.addEventListener("live:reset", reload);
})();
